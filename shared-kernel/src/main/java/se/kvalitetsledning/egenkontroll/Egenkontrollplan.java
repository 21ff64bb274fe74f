package se.kvalitetsledning.egenkontroll;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import se.kvalitetsledning.gemensamt.Anvandare;

/**
 * The årshjul: the checks by month and enhet, and every asked enhet (also one without any check) with the day of its
 * last performed check, flagged when it has none in the last 12 months.
 */
public record Egenkontrollplan(List<Planpost> kontroller, List<Enhetslage> enheter) {

    /** Where a planned check stands on a given day: performed, cancelled, due by the month's end, or overdue. */
    public enum Planlage {
        GENOMFORD("Genomförd"),
        INSTALLD("Inställd"),
        ATT_GORA("Att göra"),
        FORSENAD("Försenad");

        private final String benamning;

        Planlage(String benamning) {
            this.benamning = benamning;
        }

        public String benamning() {
            return benamning;
        }
    }

    /** One check in the plan; {@code forfaller} is the last day of its month. */
    public record Planpost(String id, String mall, String mallnamn, String enhet, YearMonth manad,
                           EgenkontrollStatus status, Anvandare ansvarig, LocalDate forfaller, Planlage lage,
                           LocalDate genomford) {
    }

    public record Enhetslage(String enhet, LocalDate senastGenomford, boolean ingenSenaste12Manader) {
    }
}
