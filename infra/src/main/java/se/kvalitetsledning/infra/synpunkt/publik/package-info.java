/** The public e-tjänst: anyone sends a synpunkt or klagomål without logging in, by form or API, within limits. */
package se.kvalitetsledning.infra.synpunkt.publik;
