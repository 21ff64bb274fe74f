package se.kvalitetsledning.riskanalys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.projektion.Indexerade;
import se.kvalitetsledning.riskanalys.RiskanalysDetaljer.Granskning;
import se.kvalitetsledning.riskanalys.RiskanalysDetaljer.Handelse;

/** One riskanalys with its risks, removed ones kept (marked) so a late event finds them. */
@Document("riskanalyser")
class RiskanalysDokument extends Indexerade.Dokument {

    Anledning anledning;
    @Indexed
    String enhet;
    String process;
    Set<Anvandare> team;
    LocalDate datum;
    Anvandare inleddAv;
    Instant inledd;
    boolean faststalld;
    Anvandare faststalldAv;
    Instant faststalldTid;
    List<RiskDel> risker = new ArrayList<>();
    List<Handelse> historik = new ArrayList<>();

    void uppgifter(Riskanalysuppgifter u) {
        anledning = u.anledning();
        enhet = u.enhet().value();
        process = u.process();
        team = Set.copyOf(u.team());
        datum = u.datum();
    }

    Optional<RiskDel> risk(RiskId risk) {
        return risker.stream().filter(r -> r.id.equals(risk.toString())).findFirst();
    }

    List<RiskDel> oppnaRisker() {
        return risker.stream().filter(RiskDel::oppen).toList();
    }

    void handelse(Instant tid, Anvandare av, String rubrik, String detalj) {
        historik.add(new Handelse(tid, av == null ? "Systemet" : av.namn(), rubrik, detalj));
    }

    /** One risk of the analysis; {@code aktuell} and {@code nastaGranskning} move with each review. */
    static class RiskDel {
        String id;
        Riskuppgifter uppgifter;
        Riskbedomning aktuell;
        LocalDate nastaGranskning;
        boolean hanterad;
        boolean borttagen;
        Instant tillagd;
        List<Granskning> granskningar = new ArrayList<>();

        void uppgifter(Riskuppgifter u) {
            uppgifter = u;
            aktuell = u.bedomning();
            nastaGranskning = u.granskningsdatum();
        }

        boolean oppen() {
            return !hanterad && !borttagen;
        }

        Kalla kalla() {
            return uppgifter.kalla();
        }
    }
}
