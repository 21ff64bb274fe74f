package se.kvalitetsledning.kategori;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.projektion.GlesaProjektioner;

/** Keeps the category catalogue, retired categories included. */
@Component
@ProcessingGroup(GlesaProjektioner.NAMN)
class KategoriProjection {

    private final KategoriRepository kategorier;

    KategoriProjection(KategoriRepository kategorier) {
        this.kategorier = kategorier;
    }

    @EventHandler
    void on(KategoriRegistrerad e, @SequenceNumber long seq) {
        if (kategorier.hitta(e.id().value()).isEmpty()) {
            kategorier.spara(new KategoriDokument(e.id().value(), e.namn(), e.grupp(), e.exempel(),
                    e.kvalitetsomraden(), true, seq));
        }
        kategorier.markera();
    }

    @EventHandler
    void on(KategoriAvvecklad e, @SequenceNumber long seq) {
        kategorier.hitta(e.id().value())
                .filter(k -> seq > k.version())
                .ifPresent(k -> kategorier.spara(k.avvecklad(seq)));
        // also when handled before: the category may have been written and its mark lost with a batch cut short
        kategorier.markera();
    }

    @ResetHandler
    void aterstall() {
        kategorier.rensa();
    }

    @QueryHandler
    List<KategoriInfo> handle(ListaKategorier fraga) {
        return kategorier.alla().stream().map(KategoriDokument::somInfo).toList();
    }
}
