/** Who is who: users from configuration, login for the UI, HTTP Basic for the API. */
package se.kvalitetsledning.infra.sakerhet;
