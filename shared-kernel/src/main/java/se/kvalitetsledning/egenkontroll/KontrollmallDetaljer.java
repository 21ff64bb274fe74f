package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.util.List;

import se.kvalitetsledning.gemensamt.Anvandare;

/**
 * One kontrollmall whole: the draft that will become version {@code utkastversion} ({@code utkastAndrat} when it
 * differs from the latest published one), every published version, oldest first, and the aggregate's version.
 */
public record KontrollmallDetaljer(
        String id,
        long version,
        String namn,
        Mallinnehall utkast,
        int utkastversion,
        boolean utkastAndrat,
        List<Mallversion> versioner,
        Anvandare skapadAv,
        Instant skapad) {
}
