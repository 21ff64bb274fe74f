package se.kvalitetsledning.kvalitetsrad;

/**
 * Asks for every meeting, the latest first; answered with a list of {@link KvalitetsradsmoteDetaljer} whose frozen
 * summary is left out (its {@code innehall} is null): {@link HamtaKvalitetsradsmote} gives it.
 */
public record ListaKvalitetsradsmoten() {
}
