package se.kvalitetsledning.avvikelse;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.SvenskTid;

/**
 * Counts avvikelser per enhet, month, category and kvalitetsområde. Until classified an avvikelse counts under
 * the category its reporter suggested (or none) and no kvalitetsområde. The counters are updated before the
 * per-avvikelse record, so an interrupted event is simply redone.
 */
@Component
@ProcessingGroup("avvikelse-statistik")
class AvvikelseStatistikProjection {

    private final AvvikelseRakningRepository rakningar;

    AvvikelseStatistikProjection(AvvikelseRakningRepository rakningar) {
        this.rakningar = rakningar;
    }

    @EventHandler
    void on(AvvikelseRegistrerad e, @SequenceNumber long seq) {
        var id = e.id().value().toString();
        if (rakningar.underlag(id).isPresent()) {
            return;
        }
        var enhet = e.enhet().value();
        var manad = SvenskTid.manad(e.intraffade()).toString();
        var kategori = e.kategori() == null ? AvvikelseRakning.OKLASSIFICERAD : e.kategori().value();
        var nycklar = List.of(new Rakningsnyckel(enhet, manad, kategori, AvvikelseRakning.INGET_OMRADE));
        rakningar.raknaIn(id, nycklar);
        rakningar.spara(new RakningsunderlagDokument(id, seq, enhet, manad, nycklar));
    }

    @EventHandler
    void on(AvvikelseKlassificerad e, @SequenceNumber long seq) {
        var id = e.id().value().toString();
        rakningar.underlag(id).filter(u -> seq > u.version()).ifPresent(u -> {
            var nya = nycklar(u, e);
            var lamnade = new ArrayList<>(u.nycklar());
            lamnade.removeAll(nya);
            rakningar.raknaIn(id, nya);
            rakningar.raknaUr(id, lamnade);
            rakningar.spara(u.med(nya, seq));
        });
    }

    @ResetHandler
    void aterstall() {
        rakningar.rensa();
    }

    @QueryHandler
    List<AvvikelseRakning> handle(RaknaAvvikelser fraga) {
        return rakningar.rakna(fraga.enheter(), fraga.fran(), fraga.till());
    }

    @QueryHandler
    List<Kategorirakning> handle(RaknaAvvikelserPerKategori fraga) {
        return rakningar.raknaPerKategori(fraga.enheter(), fraga.fran(), fraga.till());
    }

    private static List<Rakningsnyckel> nycklar(RakningsunderlagDokument u, AvvikelseKlassificerad e) {
        var kategori = e.kategori().value();
        if (e.kvalitetsomraden() == null || e.kvalitetsomraden().isEmpty()) {
            return List.of(new Rakningsnyckel(u.enhet(), u.manad(), kategori, AvvikelseRakning.INGET_OMRADE));
        }
        return e.kvalitetsomraden().stream().sorted()
                .map(o -> new Rakningsnyckel(u.enhet(), u.manad(), kategori, o.name()))
                .toList();
    }
}
