/** Avvikelser: deviations filed by staff and handled by their unit, from filing to closing. */
package se.kvalitetsledning.avvikelse;
