package se.kvalitetsledning.kvalitetsberattelse;

/**
 * Asks for every kvalitetsberättelse, the latest year first; answered with a list of {@link KvalitetsberattelseRad}.
 */
public record ListaKvalitetsberattelser() {
}
