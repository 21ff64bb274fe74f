package se.kvalitetsledning.avvikelse;

/** Asks for one whole case; answered with {@link AvvikelseDetaljer}, or nothing when it is unknown. */
public record HamtaAvvikelse(AvvikelseId id) {
}
