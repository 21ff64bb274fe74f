package se.kvalitetsledning.indikator;

/** Asks for one indikator whole; answered with {@link IndikatorDetaljer}, or null when there is none. */
public record HamtaIndikator(IndikatorId id) {
}
