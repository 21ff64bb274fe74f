package se.kvalitetsledning.kvalitetsrad;

/** Asks for one meeting; answered with its {@link KvalitetsradsmoteDetaljer}, or null when there is none. */
public record HamtaKvalitetsradsmote(KvalitetsradsmoteId id) {
}
