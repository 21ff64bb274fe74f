package se.kvalitetsledning.atgard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardDetaljer.Effekt;
import se.kvalitetsledning.atgard.AtgardDetaljer.Flytt;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The improvement backlog: each åtgärd as one document with its history, the board and list queries, the yearly
 * counts per enhet (from {@link AtgardIndex}) and the overdue åtgärder for the watch. An event at or below the stored
 * version has been handled already and is skipped.
 */
@Component
@ProcessingGroup("atgard")
class AtgardProjection {

    private final AtgardRepository atgarder;

    AtgardProjection(AtgardRepository atgarder) {
        this.atgarder = atgarder;
    }

    @EventHandler
    void on(AtgardForeslagen e, @SequenceNumber long seq) {
        var u = e.uppgifter();
        var d = new AtgardDokument();
        d.id = e.id().toString();
        d.version = seq;
        d.titel = u.titel();
        d.beskrivning = u.beskrivning();
        d.typ = u.typ();
        d.kvalitetsomraden = u.kvalitetsomraden();
        d.enheter = u.enheter().stream().map(EnhetId::value).sorted().toList();
        d.agare = u.agare();
        d.forfallodatum = u.forfallodatum();
        d.forvantadEffekt = u.forvantadEffekt();
        d.matning = u.matning();
        d.prioritet = u.prioritet();
        d.status = AtgardStatus.FORESLAGEN;
        d.kallor = new ArrayList<>(e.kallor());
        d.foreslagenAv = e.av();
        d.foreslagen = e.tid();
        d.beraknaPaminnelse();
        d.handelse(e.tid(), e.av(), "Föreslagen", "Ägare " + u.agare().namn() + ", klar senast " + u.forfallodatum());
        atgarder.ny(d);
    }

    @EventHandler
    void on(AtgardBeslutad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = AtgardStatus.BESLUTAD;
            d.beslutadAv = e.av();
            d.beslutad = e.tid();
            d.handelse(e.tid(), e.av(), "Beslutad", null);
        });
    }

    @EventHandler
    void on(AtgardPaborjad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = AtgardStatus.PAGAENDE;
            d.handelse(e.tid(), e.av(), "Påbörjad", null);
        });
    }

    @EventHandler
    void on(AtgardGenomford e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = AtgardStatus.GENOMFORD;
            d.genomford = e.tid();
            d.genomfordKommentar = e.kommentar();
            d.handelse(e.tid(), e.av(), "Genomförd", null);
        });
    }

    @EventHandler
    void on(AtgardensEffektUtvarderad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = AtgardStatus.EFFEKT_UTVARDERAD;
            d.effekt = new Effekt(e.utfall(), e.evidens(), e.av(), e.tid());
            d.handelse(e.tid(), e.av(), "Effekten utvärderad", e.utfall().benamning());
        });
    }

    @EventHandler
    void on(AtgardAvskriven e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = AtgardStatus.AVSKRIVEN;
            d.avskrivenSkal = e.skal();
            d.handelse(e.tid(), e.av(), "Avskriven", null);
        });
    }

    @EventHandler
    void on(AtgardensForfallodatumFlyttat e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.forfallodatum = e.till();
            d.flyttningar.add(new Flytt(e.fran(), e.till(), e.skal(), e.av(), e.tid()));
            d.handelse(e.tid(), e.av(), "Förfallodatum flyttat", e.fran() + " → " + e.till());
        });
    }

    @EventHandler
    void on(AtgardensKallaTillagd e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.kallor.add(e.kalla());
            d.handelse(e.tid(), e.av(), "Kopplad till " + e.kalla().typ().benamning().toLowerCase(), null);
        });
    }

    @EventHandler
    void on(AtgardForsenad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.paminnelseFor = e.forfallodatum();
            d.forsenadAr.add(e.tid().atZone(SvenskTid.ZON).getYear());
            d.handelse(e.tid(), null, "Försenad", "Påminnelse skickad till " + d.agare.namn());
        });
    }

    @ResetHandler
    void aterstall() {
        atgarder.rensa();
    }

    @QueryHandler
    AtgardDetaljer handle(HamtaAtgard fraga) {
        return atgarder.hitta(fraga.id().toString()).map(AtgardSvar::detaljer).orElse(null);
    }

    @QueryHandler
    List<AtgardRad> handle(ListaAtgarder fraga) {
        return atgarder.sok(fraga).stream().map(AtgardSvar::rad).toList();
    }

    @QueryHandler
    List<AtgardDetaljer> handle(ListaAtgardsdetaljer fraga) {
        return atgarder.sokHela(fraga.urval()).stream().map(AtgardSvar::detaljer).toList();
    }

    @QueryHandler
    List<AtgardId> handle(ListaForsenadeAtgarder fraga) {
        return atgarder.paminnelserSenast(fraga.idag()).stream().map(d -> AtgardId.av(d.id)).toList();
    }

    @QueryHandler
    List<AtgardRakning> handle(RaknaAtgarder fraga) {
        return atgarder.rakna(fraga);
    }

    private void uppdatera(AtgardId id, long seq, Consumer<AtgardDokument> andring) {
        atgarder.andra(id.toString(), seq, d -> {
            andring.accept(d);
            d.beraknaPaminnelse();
        });
    }
}
