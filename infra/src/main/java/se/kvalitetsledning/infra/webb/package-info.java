/** The Swedish web UI's shell: layout helpers, login and start page, and how refusals reach the user. */
package se.kvalitetsledning.infra.webb;
