package se.kvalitetsledning.riskanalys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Riskfarg;

/**
 * The whole riskanalys. {@code version} is the aggregate's version after the last event, the one a command must
 * expect; its risks are in the order they were added, removed ones left out.
 */
public record RiskanalysDetaljer(
        String id,
        long version,
        Anledning anledning,
        String enhet,
        String process,
        Set<Anvandare> team,
        LocalDate datum,
        Anvandare inleddAv,
        Instant inledd,
        boolean faststalld,
        Anvandare faststalldAv,
        Instant faststalldTid,
        List<Riskpost> risker,
        List<Handelse> historik) {

    /**
     * One risk: as the analysis assessed it ({@code bedomning}) and as it stands now ({@code aktuell}, the latest
     * review's), the next review date (the latest review's, or the planned one), and whether it is handled.
     */
    public record Riskpost(
            String id,
            String beskrivning,
            String orsak,
            Riskbedomning bedomning,
            Riskbedomning aktuell,
            String befintligaBarriarer,
            String foreslagnaAtgarder,
            Riskbedomning kvarvarande,
            LocalDate granskningsdatum,
            LocalDate nastaGranskning,
            Kalla kalla,
            boolean hanterad,
            Instant tillagd,
            List<Granskning> granskningar) {

        public int riskvarde() {
            return aktuell.riskvarde();
        }

        public Riskfarg farg() {
            return aktuell.farg();
        }

        public boolean granskningForsenad(LocalDate idag) {
            return !hanterad && nastaGranskning != null && nastaGranskning.isBefore(idag);
        }
    }

    /** One review of a fastställd analysis's risk. */
    public record Granskning(Riskbedomning bedomning, String kommentar, LocalDate nastaGranskning, boolean hanterad,
                             Anvandare av, Instant tid) {
    }

    /** One line of the timeline: who did what, when. */
    public record Handelse(Instant tid, String av, String rubrik, String detalj) {
    }

    public Riskpost risk(String riskId) {
        return risker.stream().filter(r -> r.id().equals(riskId)).findFirst().orElse(null);
    }
}
