/**
 * The improvement backlog in the application: the service, the API, the pages (the board, the form, the åtgärd), the
 * XLSX export, the watch over due dates and the reminders.
 */
package se.kvalitetsledning.infra.atgard;
