package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;
import java.util.List;

import se.kvalitetsledning.gemensamt.Anvandare;

/**
 * One kvalitetsberättelse: its current edition section by section (rubrik, narrative, tables with the comment beside
 * each), and every earlier edition as it was fastställd. {@code version} is the aggregate's version, the one a
 * command must expect; {@code genererad} when the numbers were last generated.
 */
public record KvalitetsberattelseDetaljer(
        String id,
        long version,
        int ar,
        Omfang omfang,
        String omfangsnamn,
        int utgava,
        boolean faststalld,
        Anvandare skapadAv,
        Instant skapad,
        Instant genererad,
        Anvandare faststalldAv,
        Instant faststalldTid,
        List<Avsnittsvy> avsnitt,
        List<TidigareUtgava> tidigareUtgavor) {

    public KvalitetsberattelseDetaljer {
        avsnitt = List.copyOf(avsnitt);
        tidigareUtgavor = List.copyOf(tidigareUtgavor);
    }

    public record Avsnittsvy(Avsnitt avsnitt, String rubrik, String text, List<Tabellvy> tabeller) {

        public Avsnittsvy {
            tabeller = List.copyOf(tabeller);
        }
    }

    public record Tabellvy(Tabell tabell, String kommentar) {
    }

    /** An edition as it was fastställd, and why it was replaced. */
    public record TidigareUtgava(int utgava, String omfangsnamn, Anvandare faststalldAv, Instant faststalldTid,
                                 String ersattesEftersom, List<Avsnittsvy> avsnitt) {

        public TidigareUtgava {
            avsnitt = List.copyOf(avsnitt);
        }
    }
}
