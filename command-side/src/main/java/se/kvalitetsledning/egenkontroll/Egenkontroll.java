package se.kvalitetsledning.egenkontroll;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.eventsourcing.conflictresolution.Conflicts;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One egenkontroll: planned for an enhet and a month, started with the template's latest published version (kept for
 * good), performed over a recorded sample with answers from several people in any order, and completed with its
 * result once every required question that applies has an answer for every item; or cancelled with a reason. Who may
 * do what is {@link EgenkontrollAtkomst}. A command that changes it answers with the version it made.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Egenkontroll {

    @AggregateIdentifier
    private EgenkontrollId id;
    private KontrollmallId mall;
    private EnhetId enhet;
    private YearMonth manad;
    private Anvandare ansvarig;
    private EgenkontrollStatus status;
    private Mallversion mallversion;
    private List<String> poster;
    /** The latest answer per sample item, then per question id. */
    private Map<String, Map<String, Svar>> svar = new HashMap<>();

    Egenkontroll() {
        // for Axon
    }

    @CommandHandler
    Egenkontroll(PlaneraEgenkontroll kommando, Kontrollmallar mallar) {
        if (!EgenkontrollAtkomst.farPlanera(kommando.aktor(), kommando.enhet())) {
            throw new BehorighetSaknas("Endast kvalitetssamordnare och enhetens handläggare och ledning får planera"
                    + " egenkontroller");
        }
        if (mallar.senastPublicerade(kommando.mall()).isEmpty()) {
            throw new RegelBrott("Kontrollmallen har ingen publicerad version");
        }
        apply(new EgenkontrollPlanerad(kommando.id(), kommando.mall(), kommando.enhet(), kommando.manad(),
                kommando.ansvarig(), kommando.aktor().anvandare(), kommando.tid()));
    }

    /** The same month and responsible person again records nothing. */
    @CommandHandler
    long handle(PlaneraOmEgenkontroll kommando) {
        kontrolleraPlanering(kommando.aktor());
        kontrolleraOppen("planeras om");
        if (!kommando.manad().equals(manad) || !kommando.ansvarig().equals(ansvarig)) {
            apply(new EgenkontrollOmplanerad(id, kommando.manad(), kommando.ansvarig(), kommando.aktor().anvandare(),
                    kommando.tid()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(PaborjaEgenkontroll kommando, Kontrollmallar mallar) {
        kontrolleraLedning(kommando.aktor());
        if (status != EgenkontrollStatus.PLANERAD) {
            throw new RegelBrott("Bara en planerad egenkontroll kan påbörjas");
        }
        Mallversion version = mallar.senastPublicerade(mall)
                .orElseThrow(() -> new RegelBrott("Kontrollmallen har ingen publicerad version"));
        apply(new EgenkontrollPaborjad(id, version, kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DraStickprov kommando) {
        kontrolleraLedning(kommando.aktor());
        kontrolleraPagar();
        if (!svar.isEmpty()) {
            throw new RegelBrott("Stickprovet kan inte ändras när svar har registrerats");
        }
        apply(new StickprovDraget(id, Stickprovsval.stickprov(kommando), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /** The same answer again records nothing; a conflict is only another answer to the same item and question. */
    @CommandHandler
    long handle(BesvaraFraga kommando, ConflictResolver konflikter) {
        if (!EgenkontrollAtkomst.farSvara(kommando.aktor(), enhet, ansvarig)) {
            throw new BehorighetSaknas("Endast enhetens personal, kvalitetssamordnare och den ansvarige får svara");
        }
        kontrolleraPagar();
        kontrolleraStickprov();
        if (!poster.contains(kommando.post())) {
            throw new RegelBrott("Posten finns inte i stickprovet");
        }
        Fraga fraga = mallversion.fraga(kommando.fraga())
                .orElseThrow(() -> new RegelBrott("Frågan finns inte i mallens version " + mallversion.nummer()));
        if (!kommando.svar().passar(fraga.svarstyp())) {
            throw new RegelBrott("Frågan besvaras med " + fraga.svarstyp().benamning());
        }
        konflikter.detectConflicts(Conflicts.payloadMatching(FragaBesvarad.class,
                b -> b.post().equals(kommando.post()) && b.fraga().equals(kommando.fraga())));
        if (!kommando.svar().equals(uppslag().svar(kommando.post(), kommando.fraga()))) {
            apply(new FragaBesvarad(id, kommando.post(), kommando.fraga(), kommando.svar(),
                    kommando.aktor().anvandare(), kommando.tid()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SlutforEgenkontroll kommando) {
        kontrolleraLedning(kommando.aktor());
        kontrolleraPagar();
        kontrolleraStickprov();
        List<SaknatSvar> saknade = SaknatSvar.i(mallversion, poster, uppslag());
        if (!saknade.isEmpty()) {
            SaknatSvar forsta = saknade.get(0);
            throw new RegelBrott("Egenkontrollen kan inte slutföras: " + saknade.size() + " obligatoriska svar saknas,"
                    + " det första fråga " + forsta.fraga() + " för post nr " + (poster.indexOf(forsta.post()) + 1)
                    + " i stickprovet");
        }
        apply(new EgenkontrollGenomford(id, Resultatberakning.berakna(mallversion, poster, uppslag()),
                kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(StallInEgenkontroll kommando) {
        kontrolleraPlanering(kommando.aktor());
        kontrolleraOppen("ställas in");
        apply(new EgenkontrollInstalld(id, kommando.skal(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    private Svarsuppslag uppslag() {
        return (post, fraga) -> svar.getOrDefault(post, Map.of()).get(fraga.value());
    }

    private void kontrolleraPlanering(Aktor aktor) {
        if (!EgenkontrollAtkomst.farPlanera(aktor, enhet)) {
            throw new BehorighetSaknas("Endast kvalitetssamordnare och enhetens handläggare och ledning får ändra"
                    + " planen");
        }
    }

    private void kontrolleraLedning(Aktor aktor) {
        if (!EgenkontrollAtkomst.farLeda(aktor, enhet, ansvarig)) {
            throw new BehorighetSaknas("Endast den ansvarige, kvalitetssamordnare och enhetens handläggare och ledning"
                    + " får leda egenkontrollen");
        }
    }

    private void kontrolleraOppen(String vad) {
        if (status == EgenkontrollStatus.GENOMFORD || status == EgenkontrollStatus.STALLD_IN) {
            throw new RegelBrott("En " + status.benamning().toLowerCase() + " egenkontroll kan inte " + vad);
        }
    }

    private void kontrolleraPagar() {
        if (status != EgenkontrollStatus.PAGAR) {
            throw new RegelBrott("Egenkontrollen pågår inte: den är " + status.benamning().toLowerCase());
        }
    }

    private void kontrolleraStickprov() {
        if (poster == null) {
            throw new RegelBrott("Stickprovet är inte draget");
        }
    }

    @EventSourcingHandler
    void on(EgenkontrollPlanerad handelse) {
        id = handelse.id();
        mall = handelse.mall();
        enhet = handelse.enhet();
        manad = handelse.manad();
        ansvarig = handelse.ansvarig();
        status = EgenkontrollStatus.PLANERAD;
    }

    @EventSourcingHandler
    void on(EgenkontrollOmplanerad handelse) {
        manad = handelse.manad();
        ansvarig = handelse.ansvarig();
    }

    @EventSourcingHandler
    void on(EgenkontrollPaborjad handelse) {
        mallversion = handelse.mallversion();
        status = EgenkontrollStatus.PAGAR;
    }

    @EventSourcingHandler
    void on(StickprovDraget handelse) {
        poster = List.copyOf(handelse.stickprov().poster());
    }

    @EventSourcingHandler
    void on(FragaBesvarad handelse) {
        svar.computeIfAbsent(handelse.post(), p -> new HashMap<>()).put(handelse.fraga().value(), handelse.svar());
    }

    @EventSourcingHandler
    void on(EgenkontrollGenomford handelse) {
        status = EgenkontrollStatus.GENOMFORD;
    }

    @EventSourcingHandler
    void on(EgenkontrollInstalld handelse) {
        status = EgenkontrollStatus.STALLD_IN;
    }
}
