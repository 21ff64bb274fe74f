package se.kvalitetsledning.kvalitetsberattelse;

import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.projektion.GlesaProjektioner;

/**
 * Builds the kvalitetsberättelser from their events. The numbers are what the events carry, never recounted here,
 * so a fastställd edition reads the same whatever happens in the record afterwards.
 */
@Component
@ProcessingGroup(GlesaProjektioner.NAMN)
class KvalitetsberattelseProjection {

    private final KvalitetsberattelseRepository berattelser;

    KvalitetsberattelseProjection(KvalitetsberattelseRepository berattelser) {
        this.berattelser = berattelser;
    }

    @EventHandler
    void on(KvalitetsberattelseSkapad e, @SequenceNumber long seq) {
        String id = e.id().toString();
        if (berattelser.hitta(id).isPresent()) {
            return;
        }
        var d = new KvalitetsberattelseDokument();
        d.id = id;
        d.version = seq;
        d.ar = e.ar();
        d.omfang = e.omfang();
        d.utgava = 1;
        d.skapadAv = e.av();
        d.skapad = e.tid();
        d.genererad = e.tid();
        d.innehall = e.innehall();
        berattelser.spara(d);
    }

    @EventHandler
    void on(KvalitetsberattelseOmgenererad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.innehall = e.innehall();
            d.genererad = e.tid();
        });
    }

    @EventHandler
    void on(AvsnittstextSkriven e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.texter.put(e.avsnitt().name(), e.text()));
    }

    @EventHandler
    void on(TabellKommenterad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.kommentarer.put(e.tabell(), e.kommentar()));
    }

    @EventHandler
    void on(KvalitetsberattelseFaststalld e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.faststalld = true;
            d.faststalldAv = e.av();
            d.faststalldTid = e.tid();
        });
    }

    @EventHandler
    void on(NyUtgavaPaborjad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.ersatt(e.anledning());
            d.utgava = e.utgava();
            d.faststalld = false;
            d.faststalldAv = null;
            d.faststalldTid = null;
        });
    }

    @ResetHandler
    void aterstall() {
        berattelser.rensa();
    }

    @QueryHandler
    KvalitetsberattelseDetaljer handle(HamtaKvalitetsberattelse fraga) {
        return berattelser.hitta(fraga.id().toString()).map(KvalitetsberattelseSvar::detaljer).orElse(null);
    }

    @QueryHandler
    List<KvalitetsberattelseRad> handle(ListaKvalitetsberattelser fraga) {
        return berattelser.alla().stream().map(KvalitetsberattelseSvar::rad).toList();
    }

    private void uppdatera(KvalitetsberattelseId id, long seq, Consumer<KvalitetsberattelseDokument> andring) {
        berattelser.hitta(id.toString())
                .filter(d -> seq > d.version)
                .ifPresent(d -> {
                    andring.accept(d);
                    d.version = seq;
                    berattelser.spara(d);
                });
    }
}
