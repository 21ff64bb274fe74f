package se.kvalitetsledning.egenkontroll;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

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
 * A check type and its versions: one draft at a time, edited whole; publishing freezes it as version N (checked by
 * {@link Mallgranskning}) and the next edit starts draft N + 1 from it. Kvalitetssamordnare and admin keep it. A
 * command that changes it answers with the version of the aggregate it made.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Kontrollmall {

    @AggregateIdentifier
    private KontrollmallId id;
    private Mallinnehall utkast;
    private int utkastversion;
    private boolean utkastAndrat;

    Kontrollmall() {
        // for Axon
    }

    @CommandHandler
    Kontrollmall(SkapaKontrollmall kommando) {
        kontrolleraBehorighet(kommando.aktor());
        apply(new KontrollmallSkapad(kommando.id(), kommando.namn(), kommando.beskrivning(),
                kommando.kvalitetsomraden(), kommando.aktor().anvandare(), kommando.tid()));
    }

    /** Saving the draft unchanged records nothing. */
    @CommandHandler
    long handle(AndraKontrollmallutkast kommando) {
        kontrolleraBehorighet(kommando.aktor());
        if (!kommando.utkast().equals(utkast)) {
                apply(new KontrollmallutkastAndrat(id, utkastversion, kommando.utkast(), kommando.aktor().anvandare(),
                    kommando.tid()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(PubliceraKontrollmall kommando) {
        kontrolleraBehorighet(kommando.aktor());
        if (!utkastAndrat) {
            throw new RegelBrott("Utkastet har inte ändrats sedan version " + (utkastversion - 1) + " publicerades");
        }
        List<String> fel = Mallgranskning.fel(utkast);
        if (!fel.isEmpty()) {
            throw new RegelBrott("Mallen kan inte publiceras: " + String.join("; ", fel));
        }
        apply(new KontrollmallPublicerad(id, Mallversion.av(id, utkastversion, utkast), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    private static void kontrolleraBehorighet(Aktor aktor) {
        if (!EgenkontrollAtkomst.farForvaltaMallar(aktor)) {
            throw new BehorighetSaknas("Endast kvalitetssamordnare och administratörer får ändra kontrollmallar");
        }
    }

    @EventSourcingHandler
    void on(KontrollmallSkapad handelse) {
        id = handelse.id();
        utkast = Mallinnehall.ny(handelse.namn(), handelse.beskrivning(), handelse.kvalitetsomraden());
        utkastversion = 1;
        utkastAndrat = true;
    }

    @EventSourcingHandler
    void on(KontrollmallutkastAndrat handelse) {
        utkast = handelse.utkast();
        utkastAndrat = true;
    }

    @EventSourcingHandler
    void on(KontrollmallPublicerad handelse) {
        utkastversion = handelse.version().nummer() + 1;
        utkastAndrat = false;
    }
}
