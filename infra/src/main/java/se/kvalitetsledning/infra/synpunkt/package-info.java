/**
 * Synpunkter och klagomål in the application: registration by staff, the handlers' list, page and API, the deadline
 * watch and its reminders, and the service levels they run on.
 */
package se.kvalitetsledning.infra.synpunkt;
