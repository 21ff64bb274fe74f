package se.kvalitetsledning.egenkontroll;

import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.projektion.GlesaProjektioner;

/** Builds the kontrollmallar, each with its draft and every published version, from their events. */
@Component
@ProcessingGroup(GlesaProjektioner.NAMN)
class KontrollmallProjection {

    private final KontrollmallRepository mallar;

    KontrollmallProjection(KontrollmallRepository mallar) {
        this.mallar = mallar;
    }

    @EventHandler
    void on(KontrollmallSkapad e, @SequenceNumber long seq) {
        String id = e.id().toString();
        if (mallar.hitta(id).isPresent()) {
            return;
        }
        var d = new KontrollmallDokument();
        d.id = id;
        d.version = seq;
        d.namn = e.namn();
        d.utkast = Mallinnehall.ny(e.namn(), e.beskrivning(), e.kvalitetsomraden());
        d.utkastversion = 1;
        d.utkastAndrat = true;
        d.skapadAv = e.av();
        d.skapad = e.tid();
        mallar.spara(d);
    }

    @EventHandler
    void on(KontrollmallutkastAndrat e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.utkast = e.utkast();
            d.utkastAndrat = true;
            if (d.versioner.isEmpty()) {
                d.namn = e.utkast().namn();
            }
        });
    }

    @EventHandler
    void on(KontrollmallPublicerad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.versioner.add(LagradMallversion.av(e.version()));
            d.namn = e.version().namn();
            d.utkastversion = e.version().nummer() + 1;
            d.utkastAndrat = false;
        });
    }

    @ResetHandler
    void aterstall() {
        mallar.rensa();
    }

    @QueryHandler
    KontrollmallDetaljer handle(HamtaKontrollmall fraga) {
        return mallar.hitta(fraga.id().toString())
                .map(d -> new KontrollmallDetaljer(d.id, d.version, d.namn, d.utkast, d.utkastversion,
                        d.utkastAndrat, d.versioner.stream().map(v -> v.mallversion(d.id)).toList(), d.skapadAv,
                        d.skapad))
                .orElse(null);
    }

    @QueryHandler
    List<KontrollmallRad> handle(ListaKontrollmallar fraga) {
        return mallar.alla().stream()
                .map(d -> new KontrollmallRad(d.id, d.namn,
                        d.versioner.isEmpty() ? null : d.versioner.get(d.versioner.size() - 1).nummer(),
                        d.utkastversion, d.utkastAndrat))
                .toList();
    }

    private void uppdatera(KontrollmallId id, long seq, Consumer<KontrollmallDokument> andring) {
        mallar.hitta(id.toString())
                .filter(d -> seq > d.version)
                .ifPresent(d -> {
                    andring.accept(d);
                    d.version = seq;
                    mallar.spara(d);
                });
    }
}
