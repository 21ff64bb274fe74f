package se.kvalitetsledning.synpunkt;

/** Asks for one whole synpunkt; answered with {@link SynpunktDetaljer}, or null when there is none. */
public record HamtaSynpunkt(SynpunktId id) {
}
