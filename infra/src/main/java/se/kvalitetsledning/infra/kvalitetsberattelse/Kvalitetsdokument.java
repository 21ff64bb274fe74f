package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer;

/** What the DOCX and the PDF say alike: the title, the status line and the narrative's paragraphs. */
final class Kvalitetsdokument {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(SvenskTid.ZON);

    private Kvalitetsdokument() {
    }

    static String titel(KvalitetsberattelseDetaljer berattelse) {
        return "Kvalitetsberättelse " + berattelse.ar();
    }

    static String status(KvalitetsberattelseDetaljer berattelse) {
        String utgava = "Utgåva " + berattelse.utgava();
        return berattelse.faststalld()
                ? utgava + ", fastställd " + DAG.format(berattelse.faststalldTid()) + " av "
                        + berattelse.faststalldAv().namn()
                : utgava + ", utkast (siffrorna genererade " + DAG.format(berattelse.genererad()) + ")";
    }

    /** The narrative's paragraphs for a template: {@code ${dokument.av(text)}}. */
    static final class Stycken {

        public List<String> av(String text) {
            return stycken(text);
        }
    }

    /** The narrative split at blank lines; none when it is empty. */
    static List<String> stycken(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
