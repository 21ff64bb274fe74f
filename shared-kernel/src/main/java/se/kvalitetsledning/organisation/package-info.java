/** The organisation: förvaltning, verksamhetsområde and enhet, against which everything is filed. */
package se.kvalitetsledning.organisation;
