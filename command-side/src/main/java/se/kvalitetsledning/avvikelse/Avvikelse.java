package se.kvalitetsledning.avvikelse;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardKoppladTillKalla;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.KoppladAtgardAvslutad;
import se.kvalitetsledning.atgard.KoppladeAtgarder;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Brukarreferens;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One avvikelse and the rules for handling it. Snapshots hold its fields (hence field visibility for Jackson); the
 * trigger and the cache are beans of the application.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Avvikelse {

    @AggregateIdentifier
    private AvvikelseId id;
    private EnhetId enhet;
    private AvvikelseStatus status;
    private boolean klassificerad;
    private boolean utredd;
    private boolean aterkopplingKlar;
    private boolean mojligtMissforhallande;
    private boolean missforhallandeBesvarat;
    private boolean eskalerad;
    private KoppladeAtgarder atgarder = new KoppladeAtgarder();

    Avvikelse() {
        // for Axon
    }

    @CommandHandler
    Avvikelse(RegistreraAvvikelse kommando) {
        if (!kommando.aktor().tillhor(kommando.enhet())) {
            throw new BehorighetSaknas("Du kan bara rapportera avvikelser för enheter du tillhör");
        }
        if (kommando.intraffade().isAfter(kommando.registrerad())) {
            throw new RegelBrott("Tidpunkten då avvikelsen inträffade får inte ligga i framtiden");
        }
        if (Brukarreferens.liknarPersonnummer(kommando.brukarreferens())) {
            throw new RegelBrott("Brukarreferensen får inte vara ett personnummer; använd en kod");
        }
        apply(new AvvikelseRegistrerad(kommando.id(), kommando.enhet(), kommando.intraffade(),
                utanBlankt(kommando.plats()), kommando.beskrivning(), utanBlankt(kommando.omedelbaraAtgarder()),
                kommando.konsekvensForPerson(), kommando.kategori(), utanBlankt(kommando.brukarreferens()),
                kommando.mojligtMissforhallande(), kommando.aktor().anvandare(), kommando.registrerad(), null));
    }

    @CommandHandler
    Avvikelse(RegistreraAvvikelseFranSynpunkt kommando) {
        apply(new AvvikelseRegistrerad(kommando.id(), kommando.enhet(), kommando.intraffade(), null,
                kommando.beskrivning(), null, null, null, null, false, kommando.eskaleradAv(), kommando.tid(),
                kommando.synpunkt()));
    }

    @CommandHandler
    long handle(TilldelaAvvikelse kommando) {
        kontrolleraOppenFor(kommando.aktor());
        apply(new AvvikelseTilldelad(id, kommando.handlaggare(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(KlassificeraAvvikelse kommando) {
        kontrolleraOppenFor(kommando.aktor());
        apply(new AvvikelseKlassificerad(id, kommando.kategori(), kommando.kvalitetsomraden(),
                kommando.konsekvens(), kommando.sannolikhet(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DokumenteraUtredning kommando) {
        kontrolleraOppenFor(kommando.aktor());
        apply(new UtredningDokumenterad(id, kommando.orsaksomraden(), kommando.bakomliggandeOrsaker(),
                kommando.analys(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(EskaleraTillLexSarah kommando) {
        kontrolleraOppenFor(kommando.aktor());
        if (eskalerad) {
            throw new RegelBrott("Avvikelsen är redan eskalerad till lex Sarah");
        }
        apply(new AvvikelseEskaleradTillLexSarah(id, kommando.kommentar(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AvskrivMissforhallande kommando) {
        kontrolleraOppenFor(kommando.aktor());
        if (!mojligtMissforhallande) {
            throw new RegelBrott("Avvikelsen är inte markerad som möjligt missförhållande");
        }
        if (missforhallandeBesvarat) {
            throw new RegelBrott("Frågan om missförhållande är redan besvarad");
        }
        apply(new MissforhallandeAvskrivet(id, kommando.skal(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(GeAterkoppling kommando) {
        kontrolleraOppenFor(kommando.aktor());
        apply(new AterkopplingGiven(id, kommando.text(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RegistreraUteblivenAterkoppling kommando) {
        kontrolleraOppenFor(kommando.aktor());
        apply(new AterkopplingUtebliven(id, kommando.skal(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AvslutaAvvikelse kommando) {
        kontrolleraOppenFor(kommando.aktor());
        List<String> saknas = saknasForAvslut();
        if (!saknas.isEmpty()) {
            throw new RegelBrott("Avvikelsen kan inte avslutas: " + String.join(", ", saknas));
        }
        Set<AtgardId> fortsatter = atgarder.kontrolleraAvslut(kommando.atgarderFortsatterSkal());
        apply(new AvvikelseAvslutad(id, fortsatter, fortsatter.isEmpty() ? null : kommando.atgarderFortsatterSkal(),
                kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /** A link, not a step of the handling: an åtgärd may address a closed avvikelse too. Answers the version. */
    @CommandHandler
    long handle(KopplaAtgardTillAvvikelse kommando) {
        atgarder.koppling(kalla(), kommando.atgard(), kommando.titel(), kommando.tid())
                .ifPresent(AggregateLifecycle::apply);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AvslutaKoppladAtgardForAvvikelse kommando) {
        atgarder.avslut(kalla(), kommando.atgard(), kommando.status(), kommando.tid())
                .ifPresent(AggregateLifecycle::apply);
        return AggregateLifecycle.getVersion();
    }

    private Kalla kalla() {
        return new Kalla(Kalltyp.AVVIKELSE, id.toString());
    }

    @CommandHandler
    long handle(AteroppnaAvvikelse kommando) {
        kontrolleraBehorighet(kommando.aktor());
        if (status != AvvikelseStatus.AVSLUTAD) {
            throw new RegelBrott("Bara en avslutad avvikelse kan återöppnas");
        }
        apply(new AvvikelseAteroppnad(id, kommando.skal(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /** The closing checklist: what a handler must still do before the case may be closed. */
    private List<String> saknasForAvslut() {
        List<String> saknas = new ArrayList<>();
        if (!klassificerad) {
            saknas.add("klassificering saknas");
        }
        if (!utredd) {
            saknas.add("utredning saknas");
        }
        if (!aterkopplingKlar) {
            saknas.add("återkoppling saknas");
        }
        if (mojligtMissforhallande && !missforhallandeBesvarat) {
            saknas.add("frågan om lex Sarah är obesvarad");
        }
        return saknas;
    }

    private void kontrolleraOppenFor(Aktor aktor) {
        kontrolleraBehorighet(aktor);
        if (status == AvvikelseStatus.AVSLUTAD) {
            throw new RegelBrott("Avvikelsen är avslutad och kan bara ändras genom att återöppnas");
        }
    }

    private void kontrolleraBehorighet(Aktor aktor) {
        if (!aktor.farHandlagga(enhet)) {
            throw new BehorighetSaknas(
                    "Endast enhetens handläggare eller en kvalitetssamordnare får handlägga avvikelsen");
        }
    }

    private static String utanBlankt(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @EventSourcingHandler
    void on(AvvikelseRegistrerad handelse) {
        id = handelse.id();
        enhet = handelse.enhet();
        status = AvvikelseStatus.REGISTRERAD;
        mojligtMissforhallande = handelse.mojligtMissforhallande();
    }

    @EventSourcingHandler
    void on(AvvikelseTilldelad handelse) {
        paborjaHandlaggning();
    }

    @EventSourcingHandler
    void on(AvvikelseKlassificerad handelse) {
        paborjaHandlaggning();
        klassificerad = true;
    }

    @EventSourcingHandler
    void on(UtredningDokumenterad handelse) {
        paborjaHandlaggning();
        utredd = true;
    }

    @EventSourcingHandler
    void on(AtgarderBeslutade handelse) {
        paborjaHandlaggning();
    }

    @EventSourcingHandler
    void on(AvvikelseEskaleradTillLexSarah handelse) {
        paborjaHandlaggning();
        eskalerad = true;
        missforhallandeBesvarat = true;
    }

    @EventSourcingHandler
    void on(MissforhallandeAvskrivet handelse) {
        paborjaHandlaggning();
        missforhallandeBesvarat = true;
    }

    @EventSourcingHandler
    void on(AterkopplingGiven handelse) {
        paborjaHandlaggning();
        aterkopplingKlar = true;
    }

    @EventSourcingHandler
    void on(AterkopplingUtebliven handelse) {
        paborjaHandlaggning();
        aterkopplingKlar = true;
    }

    @EventSourcingHandler
    void on(AvvikelseAvslutad handelse) {
        status = AvvikelseStatus.AVSLUTAD;
    }

    @EventSourcingHandler
    void on(AtgardKoppladTillKalla handelse) {
        atgarder.koppla(handelse.atgard());
    }

    @EventSourcingHandler
    void on(KoppladAtgardAvslutad handelse) {
        atgarder.avsluta(handelse.atgard());
    }

    @EventSourcingHandler
    void on(AvvikelseAteroppnad handelse) {
        status = AvvikelseStatus.UNDER_HANDLAGGNING;
    }

    AvvikelseStatus status() {
        return status;
    }

    private void paborjaHandlaggning() {
        if (status == AvvikelseStatus.REGISTRERAD) {
            status = AvvikelseStatus.UNDER_HANDLAGGNING;
        }
    }
}
