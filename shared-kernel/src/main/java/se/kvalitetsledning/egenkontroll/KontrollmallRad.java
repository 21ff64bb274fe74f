package se.kvalitetsledning.egenkontroll;

/** A kontrollmall in the list: its latest published version (null while none) and whether the draft has changes. */
public record KontrollmallRad(
        String id,
        String namn,
        Integer senastPublicerad,
        int utkastversion,
        boolean utkastAndrat) {
}
