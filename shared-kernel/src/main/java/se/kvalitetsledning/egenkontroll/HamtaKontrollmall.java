package se.kvalitetsledning.egenkontroll;

/** Asks for one kontrollmall with its draft and every published version; {@link KontrollmallDetaljer} or null. */
public record HamtaKontrollmall(KontrollmallId id) {
}
