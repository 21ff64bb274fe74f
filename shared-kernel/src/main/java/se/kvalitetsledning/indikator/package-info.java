/**
 * Unit goals (indikatorer): what an enhet follows monthly, with a target, a yellow band and a direction, entered by
 * hand or computed from the system's own events.
 */
package se.kvalitetsledning.indikator;
