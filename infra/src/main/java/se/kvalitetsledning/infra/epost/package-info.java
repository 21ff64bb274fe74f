/** Mail from the application: reminders to users, never with personal data about brukare. */
package se.kvalitetsledning.infra.epost;
