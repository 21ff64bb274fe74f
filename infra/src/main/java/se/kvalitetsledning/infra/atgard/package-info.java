/** The improvement backlog in the application: the service, the API, the watch over due dates and the reminders. */
package se.kvalitetsledning.infra.atgard;
