/** Kontrollmallar and egenkontroller over the REST API: templates, the plan, performing a check, results and export. */
package se.kvalitetsledning.infra.egenkontroll;
