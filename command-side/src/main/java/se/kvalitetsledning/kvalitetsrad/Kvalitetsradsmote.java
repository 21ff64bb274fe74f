package se.kvalitetsledning.kvalitetsrad;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;

/**
 * A kvalitetsråd meeting: planned for a month's summary, the summary frozen once, notes and decisions recorded, and
 * the minutes justerade, after which nothing changes.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Kvalitetsradsmote {

    @AggregateIdentifier
    private KvalitetsradsmoteId id;
    private boolean underlagFryst;
    private boolean justerat;
    private Set<BeslutId> beslut = new HashSet<>();

    Kvalitetsradsmote() {
        // for Axon
    }

    @CommandHandler
    Kvalitetsradsmote(PlaneraKvalitetsradsmote kommando) {
        kontrolleraRoll(kommando.aktor());
        apply(new KvalitetsradsmotePlanerat(kommando.id(), kommando.datum(), kommando.manad(), kommando.omfattning(),
                rensade(kommando.deltagare()), kommando.aktor().anvandare(), kommando.tid()));
    }

    @CommandHandler
    long handle(AndraDeltagare kommando) {
        kontrolleraAndring(kommando.aktor());
        apply(new DeltagareAndrade(id, rensade(kommando.deltagare()), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(FrysMotesunderlag kommando) {
        kontrolleraAndring(kommando.aktor());
        if (underlagFryst) {
            throw new RegelBrott("Underlaget är redan fryst: mötet behåller det rådet såg");
        }
        apply(new MotesunderlagFryst(id, kommando.underlag(), kommando.byggd(), kommando.handelseposition(),
                kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AntecknaPunkt kommando) {
        kontrolleraAndring(kommando.aktor());
        String anteckning = kommando.anteckning() == null || kommando.anteckning().isBlank() ? null
                : kommando.anteckning().strip();
        apply(new PunktAntecknad(id, kommando.nummer(), kommando.rubrik().strip(), anteckning,
                kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /** A decision already recorded is not recorded again: a retry after a lost answer changes nothing. */
    @CommandHandler
    long handle(FattaBeslut kommando) {
        kontrolleraAndring(kommando.aktor());
        if (!beslut.contains(kommando.beslut())) {
            apply(new BeslutFattat(id, kommando.beslut(), kommando.text().strip(), kommando.atgard(),
                    kommando.aktor().anvandare(), kommando.tid()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(JusteraProtokoll kommando) {
        kontrolleraAndring(kommando.aktor());
        if (!underlagFryst) {
            throw new RegelBrott("Frys underlaget innan protokollet justeras: protokollet ska visa vad rådet såg");
        }
        apply(new ProtokollJusterat(id, kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    private void kontrolleraAndring(Aktor aktor) {
        kontrolleraRoll(aktor);
        if (justerat) {
            throw new RegelBrott("Protokollet är justerat och ändras inte");
        }
    }

    private static void kontrolleraRoll(Aktor aktor) {
        if (!KvalitetsradAtkomst.far(aktor)) {
            throw new BehorighetSaknas("Kvalitetsrådets möten hålls och protokollförs av kvalitetssamordnare och"
                    + " ledning");
        }
    }

    private static List<String> rensade(List<String> deltagare) {
        return deltagare.stream().map(String::strip).distinct().toList();
    }

    @EventSourcingHandler
    void on(KvalitetsradsmotePlanerat handelse) {
        id = handelse.id();
    }

    @EventSourcingHandler
    void on(MotesunderlagFryst handelse) {
        underlagFryst = true;
    }

    @EventSourcingHandler
    void on(BeslutFattat handelse) {
        beslut.add(handelse.beslut());
    }

    @EventSourcingHandler
    void on(ProtokollJusterat handelse) {
        justerat = true;
    }
}
