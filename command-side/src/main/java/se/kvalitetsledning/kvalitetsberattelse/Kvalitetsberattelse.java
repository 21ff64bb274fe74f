package se.kvalitetsledning.kvalitetsberattelse;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
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
import se.kvalitetsledning.gemensamt.Roll;

/**
 * The kvalitetsberättelse of one year and scope. Ledning and kvalitetssamordnare draft it: the numbers are generated
 * elsewhere and arrive whole in the commands, the narrative and the comments are written here. Once ledning has
 * fastställt an edition nothing in it changes; a correction is a new edition that starts from it. A command that
 * changes it answers with its version.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Kvalitetsberattelse {

    @AggregateIdentifier
    private KvalitetsberattelseId id;
    private int utgava;
    private boolean faststalld;
    private Set<String> tabeller = new HashSet<>();

    Kvalitetsberattelse() {
        // for Axon
    }

    @CommandHandler
    Kvalitetsberattelse(SkapaKvalitetsberattelse kommando) {
        kontrolleraSkribent(kommando.aktor());
        apply(new KvalitetsberattelseSkapad(kommando.id(), kommando.ar(), kommando.omfang(), kommando.innehall(),
                kommando.aktor().anvandare(), kommando.tid()));
    }

    @CommandHandler
    long handle(GenereraOmKvalitetsberattelse kommando) {
        kontrolleraUtkast(kommando.aktor());
        apply(new KvalitetsberattelseOmgenererad(id, kommando.innehall(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SkrivAvsnittstext kommando) {
        kontrolleraUtkast(kommando.aktor());
        apply(new AvsnittstextSkriven(id, kommando.avsnitt(), kommando.text().strip(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(KommenteraTabell kommando) {
        kontrolleraUtkast(kommando.aktor());
        if (!tabeller.contains(kommando.tabell())) {
            throw new RegelBrott("Tabellen " + kommando.tabell() + " finns inte i berättelsen");
        }
        apply(new TabellKommenterad(id, kommando.tabell(), kommando.kommentar().strip(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(FaststallKvalitetsberattelse kommando) {
        kommando.aktor().kraver(Roll.LEDNING, "Endast ledningen fastställer kvalitetsberättelsen");
        kontrolleraEjFaststalld();
        apply(new KvalitetsberattelseFaststalld(id, utgava, kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(PaborjaNyUtgava kommando) {
        kontrolleraSkribent(kommando.aktor());
        if (!faststalld) {
            throw new RegelBrott("Utkastet ändras direkt; en ny utgåva påbörjas först när denna är fastställd");
        }
        apply(new NyUtgavaPaborjad(id, utgava + 1, kommando.anledning().strip(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    private void kontrolleraUtkast(Aktor aktor) {
        kontrolleraSkribent(aktor);
        kontrolleraEjFaststalld();
    }

    private void kontrolleraEjFaststalld() {
        if (faststalld) {
            throw new RegelBrott("Kvalitetsberättelsen är fastställd och ändras inte; påbörja en ny utgåva för att"
                    + " rätta den");
        }
    }

    private static void kontrolleraSkribent(Aktor aktor) {
        if (!aktor.har(Roll.LEDNING) && !aktor.har(Roll.KVALITETSSAMORDNARE)) {
            throw new BehorighetSaknas("Endast ledning och kvalitetssamordnare skriver kvalitetsberättelsen");
        }
    }

    @EventSourcingHandler
    void on(KvalitetsberattelseSkapad handelse) {
        id = handelse.id();
        utgava = 1;
        tabeller(handelse.innehall());
    }

    @EventSourcingHandler
    void on(KvalitetsberattelseOmgenererad handelse) {
        tabeller(handelse.innehall());
    }

    @EventSourcingHandler
    void on(KvalitetsberattelseFaststalld handelse) {
        faststalld = true;
    }

    @EventSourcingHandler
    void on(NyUtgavaPaborjad handelse) {
        utgava = handelse.utgava();
        faststalld = false;
    }

    private void tabeller(Innehall innehall) {
        tabeller = new HashSet<>();
        innehall.avsnitt().forEach(a -> a.tabeller().forEach(t -> tabeller.add(t.nyckel())));
    }
}
