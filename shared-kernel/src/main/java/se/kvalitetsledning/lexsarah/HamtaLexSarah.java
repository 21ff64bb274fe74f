package se.kvalitetsledning.lexsarah;

/** Asks for one case; answered with {@link LexSarahDetaljer}, or null when there is none. */
public record HamtaLexSarah(LexSarahId id) {
}
