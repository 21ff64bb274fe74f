/** The clock and the time zone users see. */
package se.kvalitetsledning.infra.tid;
