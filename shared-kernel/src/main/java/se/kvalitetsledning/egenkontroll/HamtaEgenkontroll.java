package se.kvalitetsledning.egenkontroll;

/** Asks for one whole egenkontroll; answered with {@link EgenkontrollDetaljer}, or null when there is none. */
public record HamtaEgenkontroll(EgenkontrollId id) {
}
