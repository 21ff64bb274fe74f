/**
 * Unit goals in the application: defining an enhet's indikatorer, entering their monthly values and computing the
 * others from the projections, by API and in the browser.
 */
package se.kvalitetsledning.infra.indikator;
