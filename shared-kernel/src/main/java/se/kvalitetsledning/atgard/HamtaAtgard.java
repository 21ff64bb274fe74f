package se.kvalitetsledning.atgard;

/** Asks for one åtgärd; answered with {@link AtgardDetaljer}, or null when there is none. */
public record HamtaAtgard(AtgardId id) {
}
