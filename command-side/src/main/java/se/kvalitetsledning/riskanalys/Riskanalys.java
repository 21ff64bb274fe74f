package se.kvalitetsledning.riskanalys;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One riskanalys: its scope and risks are worked on until it is fastställd, then frozen; a fastställd analysis's
 * risks are only reviewed (assessment now, next review date or handled), so what was decided stays readable beside
 * how it developed. Who may do what is {@link RiskanalysAtkomst}. A command that changes it answers with its version.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Riskanalys {

    private static final Set<Kalltyp> KALLTYPER = Set.of(Kalltyp.AVVIKELSE, Kalltyp.LEX_SARAH, Kalltyp.SYNPUNKT,
            Kalltyp.EGENKONTROLL);

    @AggregateIdentifier
    private RiskanalysId id;
    private EnhetId enhet;
    private Set<Anvandare> team;
    private boolean faststalld;
    private Set<RiskId> risker = new LinkedHashSet<>();
    private Set<RiskId> hanterade = new HashSet<>();

    Riskanalys() {
        // for Axon
    }

    @CommandHandler
    Riskanalys(InledRiskanalys kommando) {
        kontrolleraLedning(kommando.aktor(), kommando.uppgifter().enhet());
        apply(new RiskanalysInledd(kommando.id(), kommando.uppgifter(), kommando.aktor().anvandare(),
                kommando.tid()));
    }

    @CommandHandler
    long handle(AndraRiskanalys kommando) {
        kontrolleraLedning(kommando.aktor(), enhet);
        kontrolleraLedning(kommando.aktor(), kommando.uppgifter().enhet());
        kontrolleraEjFaststalld();
        apply(new RiskanalysAndrad(id, kommando.uppgifter(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(LaggTillRisk kommando) {
        kontrolleraArbete(kommando.aktor());
        kontrolleraEjFaststalld();
        if (risker.contains(kommando.risk())) {
            throw new RegelBrott("Risken finns redan i analysen");
        }
        kontrolleraKalla(kommando.uppgifter().kalla());
        apply(new RiskTillagd(id, kommando.risk(), kommando.uppgifter(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AndraRisk kommando) {
        kontrolleraArbete(kommando.aktor());
        kontrolleraEjFaststalld();
        kontrolleraRisk(kommando.risk());
        kontrolleraKalla(kommando.uppgifter().kalla());
        apply(new RiskAndrad(id, kommando.risk(), kommando.uppgifter(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(TaBortRisk kommando) {
        kontrolleraArbete(kommando.aktor());
        kontrolleraEjFaststalld();
        kontrolleraRisk(kommando.risk());
        apply(new RiskBorttagen(id, kommando.risk(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(FaststallRiskanalys kommando) {
        if (!RiskanalysAtkomst.farFaststalla(kommando.aktor(), enhet)) {
            throw new BehorighetSaknas("Endast kvalitetssamordnare och enhetens ledning får fastställa riskanalysen");
        }
        kontrolleraEjFaststalld();
        if (risker.isEmpty()) {
            throw new RegelBrott("En riskanalys utan risker kan inte fastställas");
        }
        apply(new RiskanalysFaststalld(id, kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(GranskaRisk kommando) {
        kontrolleraLedning(kommando.aktor(), enhet);
        if (!faststalld) {
            throw new RegelBrott("Före fastställandet ändras risken i stället för att granskas");
        }
        kontrolleraRisk(kommando.risk());
        if (hanterade.contains(kommando.risk())) {
            throw new RegelBrott("Risken är hanterad och följs inte längre");
        }
        kontrolleraNastaGranskning(kommando.hanterad(), kommando.nastaGranskning(), kommando.tid());
        apply(new RiskGranskad(id, kommando.risk(), kommando.bedomning(), kommando.kommentar(),
                kommando.nastaGranskning(), kommando.hanterad(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    private static void kontrolleraNastaGranskning(boolean hanterad, LocalDate nasta, Instant tid) {
        if (hanterad && nasta != null) {
            throw new RegelBrott("En hanterad risk granskas inte igen");
        }
        if (!hanterad && nasta == null) {
            throw new RegelBrott("Ange när en risk som kvarstår ska granskas nästa gång");
        }
        if (nasta != null && !nasta.isAfter(tid.atZone(SvenskTid.ZON).toLocalDate())) {
            throw new RegelBrott("Nästa granskning ska ligga efter i dag");
        }
    }

    private static void kontrolleraKalla(Kalla kalla) {
        if (kalla != null && !KALLTYPER.contains(kalla.typ())) {
            throw new RegelBrott("En risk kan komma från en avvikelse, ett lex Sarah-ärende, en synpunkt eller en"
                    + " egenkontroll");
        }
    }

    private void kontrolleraRisk(RiskId risk) {
        if (!risker.contains(risk)) {
            throw new RegelBrott("Risken finns inte i analysen");
        }
    }

    private void kontrolleraEjFaststalld() {
        if (faststalld) {
            throw new RegelBrott("Riskanalysen är fastställd och ändras inte; dess risker granskas i stället");
        }
    }

    private static void kontrolleraLedning(Aktor aktor, EnhetId enhet) {
        if (!RiskanalysAtkomst.farLeda(aktor, enhet)) {
            throw new BehorighetSaknas("Endast kvalitetssamordnare och enhetens handläggare och ledning får leda"
                    + " riskanalysen");
        }
    }

    private void kontrolleraArbete(Aktor aktor) {
        if (!RiskanalysAtkomst.farArbeta(aktor, enhet, team)) {
            throw new BehorighetSaknas("Endast analysens team, kvalitetssamordnare och enhetens handläggare och"
                    + " ledning får arbeta med riskerna");
        }
    }

    @EventSourcingHandler
    void on(RiskanalysInledd handelse) {
        id = handelse.id();
        enhet = handelse.uppgifter().enhet();
        team = Set.copyOf(handelse.uppgifter().team());
    }

    @EventSourcingHandler
    void on(RiskanalysAndrad handelse) {
        enhet = handelse.uppgifter().enhet();
        team = Set.copyOf(handelse.uppgifter().team());
    }

    @EventSourcingHandler
    void on(RiskTillagd handelse) {
        risker.add(handelse.risk());
    }

    @EventSourcingHandler
    void on(RiskBorttagen handelse) {
        risker.remove(handelse.risk());
    }

    @EventSourcingHandler
    void on(RiskanalysFaststalld handelse) {
        faststalld = true;
    }

    @EventSourcingHandler
    void on(RiskGranskad handelse) {
        if (handelse.hanterad()) {
            hanterade.add(handelse.risk());
        }
    }
}
