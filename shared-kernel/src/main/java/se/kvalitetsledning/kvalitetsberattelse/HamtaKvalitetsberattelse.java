package se.kvalitetsledning.kvalitetsberattelse;

/** Asks for one kvalitetsberättelse whole; answered with {@link KvalitetsberattelseDetaljer}, or null. */
public record HamtaKvalitetsberattelse(KvalitetsberattelseId id) {
}
