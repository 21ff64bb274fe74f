package se.kvalitetsledning.atgard;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One åtgärd in the improvement backlog and its lifecycle: föreslagen → beslutad → pågående → genomförd → effekt
 * utvärderad, or avskriven while open; due dates moved only with a reason; a passed due date recorded once. Those who
 * handle all its enheter lead it; its owner works it. A command that changes it answers with the version it made.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Atgard {

    @AggregateIdentifier
    private AtgardId id;
    private AtgardStatus status;
    private Set<EnhetId> enheter;
    private Anvandare agare;
    private LocalDate forfallodatum;
    private LocalDate paminnelseFor;
    private Set<Kalla> kallor = new LinkedHashSet<>();

    Atgard() {
        // for Axon
    }

    @CommandHandler
    Atgard(ForeslaAtgard kommando) {
        Atgardsuppgifter uppgifter = kommando.uppgifter();
        kontrolleraLedning(kommando.aktor(), uppgifter.enheter());
        if (uppgifter.forfallodatum().isBefore(dag(kommando.tid()))) {
            throw new RegelBrott("Förfallodatum får inte ha passerat");
        }
        apply(new AtgardForeslagen(kommando.id(), uppgifter, Set.copyOf(kommando.kallor()),
                kommando.aktor().anvandare(), kommando.tid()));
    }

    @CommandHandler
    long handle(BeslutaAtgard kommando) {
        kontrolleraLedning(kommando.aktor(), enheter);
        kravStatus(AtgardStatus.FORESLAGEN, "Bara en föreslagen åtgärd kan beslutas");
        apply(new AtgardBeslutad(id, kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(PaborjaAtgard kommando) {
        kontrolleraArbete(kommando.aktor());
        kravStatus(AtgardStatus.BESLUTAD, "Bara en beslutad åtgärd kan påbörjas");
        apply(new AtgardPaborjad(id, kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(GenomforAtgard kommando) {
        kontrolleraArbete(kommando.aktor());
        if (status != AtgardStatus.BESLUTAD && status != AtgardStatus.PAGAENDE) {
            throw new RegelBrott("Bara en beslutad eller pågående åtgärd kan genomföras");
        }
        apply(new AtgardGenomford(id, utanBlankt(kommando.kommentar()), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(UtvarderaAtgardensEffekt kommando) {
        kontrolleraArbete(kommando.aktor());
        kravStatus(AtgardStatus.GENOMFORD, "Bara en genomförd åtgärd kan effektutvärderas");
        apply(new AtgardensEffektUtvarderad(id, kommando.utfall(), kommando.evidens(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AvskrivAtgard kommando) {
        kontrolleraLedning(kommando.aktor(), enheter);
        kravOppen("Bara en öppen åtgärd kan avskrivas");
        apply(new AtgardAvskriven(id, kommando.skal(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(FlyttaAtgardensForfallodatum kommando) {
        kontrolleraArbete(kommando.aktor());
        kravOppen("Förfallodatum kan bara flyttas för en öppen åtgärd");
        if (kommando.till().equals(forfallodatum)) {
            throw new RegelBrott("Åtgärden har redan det förfallodatumet");
        }
        if (kommando.till().isBefore(dag(kommando.tid()))) {
            throw new RegelBrott("Det nya förfallodatumet får inte ha passerat");
        }
        apply(new AtgardensForfallodatumFlyttat(id, forfallodatum, kommando.till(), kommando.skal(),
                kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(LaggTillAtgardensKalla kommando) {
        kontrolleraLedning(kommando.aktor(), enheter);
        // a closed åtgärd linked now would count as open on its new source, whose notice of the closing is past
        kravOppen("Bara en öppen åtgärd kan kopplas till fler ärenden");
        if (kallor.contains(kommando.kalla())) {
            throw new RegelBrott("Åtgärden är redan kopplad till det ärendet");
        }
        apply(new AtgardensKallaTillagd(id, kommando.kalla(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Records a passed due date once per due date. Not yet passed, already recorded or the åtgärd closed: nothing
     * happens, since the watch that sends this may be late or run on several nodes.
     */
    @CommandHandler
    void handle(PaminnOmForsenadAtgard kommando) {
        if (status.oppen() && dag(kommando.tid()).isAfter(forfallodatum) && !forfallodatum.equals(paminnelseFor)) {
            apply(new AtgardForsenad(id, forfallodatum, kommando.tid()));
        }
    }

    private void kravStatus(AtgardStatus kravd, String meddelande) {
        if (status != kravd) {
            throw new RegelBrott(meddelande);
        }
    }

    private void kravOppen(String meddelande) {
        if (!status.oppen()) {
            throw new RegelBrott(meddelande);
        }
    }

    /** Those who handle every enhet the åtgärd concerns, or ledning of them all, decide on it. */
    private static void kontrolleraLedning(Aktor aktor, Set<EnhetId> enheter) {
        if (!AtgardAtkomst.farLeda(aktor, enheter)) {
            throw new BehorighetSaknas("Endast handläggare, kvalitetssamordnare och ledning för åtgärdens alla enheter"
                    + " får göra detta");
        }
    }

    /** The owner works the åtgärd, as do those who lead it. */
    private void kontrolleraArbete(Aktor aktor) {
        if (!AtgardAtkomst.farArbeta(aktor, agare, enheter)) {
            kontrolleraLedning(aktor, enheter);
        }
    }

    private static LocalDate dag(Instant tid) {
        return tid.atZone(SvenskTid.ZON).toLocalDate();
    }

    private static String utanBlankt(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @EventSourcingHandler
    void on(AtgardForeslagen handelse) {
        id = handelse.id();
        status = AtgardStatus.FORESLAGEN;
        enheter = handelse.uppgifter().enheter();
        agare = handelse.uppgifter().agare();
        forfallodatum = handelse.uppgifter().forfallodatum();
        kallor = new LinkedHashSet<>(handelse.kallor());
    }

    @EventSourcingHandler
    void on(AtgardBeslutad handelse) {
        status = AtgardStatus.BESLUTAD;
    }

    @EventSourcingHandler
    void on(AtgardPaborjad handelse) {
        status = AtgardStatus.PAGAENDE;
    }

    @EventSourcingHandler
    void on(AtgardGenomford handelse) {
        status = AtgardStatus.GENOMFORD;
    }

    @EventSourcingHandler
    void on(AtgardensEffektUtvarderad handelse) {
        status = AtgardStatus.EFFEKT_UTVARDERAD;
    }

    @EventSourcingHandler
    void on(AtgardAvskriven handelse) {
        status = AtgardStatus.AVSKRIVEN;
    }

    @EventSourcingHandler
    void on(AtgardensForfallodatumFlyttat handelse) {
        forfallodatum = handelse.till();
    }

    @EventSourcingHandler
    void on(AtgardensKallaTillagd handelse) {
        kallor.add(handelse.kalla());
    }

    @EventSourcingHandler
    void on(AtgardForsenad handelse) {
        paminnelseFor = handelse.forfallodatum();
    }
}
