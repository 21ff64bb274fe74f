/** Unit goals in the application: defining an enhet's indikatorer and entering their monthly values, by API. */
package se.kvalitetsledning.infra.indikator;
