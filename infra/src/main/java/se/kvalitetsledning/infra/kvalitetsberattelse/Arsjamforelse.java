package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.util.ArrayList;
import java.util.List;

import se.kvalitetsledning.kvalitetsberattelse.Tabell;

/** A table that sets the year beside the previous one, row by row: what, the previous year, the year. */
final class Arsjamforelse {

    /** One row: what is counted, the previous year's count and the year's. */
    record Post(String etikett, long ifjol, long iar) {
    }

    private Arsjamforelse() {
    }

    static Tabell tabell(String nyckel, String titel, String etikett, int ar, List<Post> poster, boolean summa,
                         String byggtFran) {
        List<Tabell.Rad> rader = new ArrayList<>();
        poster.forEach(p -> rader.add(Tabell.Rad.av(p.etikett(), tal(p.ifjol()), tal(p.iar()))));
        if (summa) {
            rader.add(Tabell.Rad.av("Totalt", tal(poster.stream().mapToLong(Post::ifjol).sum()),
                    tal(poster.stream().mapToLong(Post::iar).sum())));
        }
        return new Tabell(nyckel, titel, List.of(etikett, String.valueOf(ar - 1), String.valueOf(ar)), rader,
                byggtFran);
    }

    static String tal(long antal) {
        return String.valueOf(antal);
    }

    /** A share in whole percent, or "–" when there is nothing to share. */
    static String andel(long del, long av) {
        return av == 0 ? "–" : Math.round(100.0 * del / av) + " %";
    }
}
