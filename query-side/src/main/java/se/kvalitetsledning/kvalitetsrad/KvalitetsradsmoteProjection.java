package se.kvalitetsledning.kvalitetsrad;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer.Beslut;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer.Justering;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer.Punkt;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer.Underlag;
import se.kvalitetsledning.projektion.GlesaProjektioner;

/** The kvalitetsråd's meetings, each written whole and only by an event newer than the one it holds. */
@Component
@ProcessingGroup(GlesaProjektioner.NAMN)
class KvalitetsradsmoteProjection {

    private final KvalitetsradsmoteRepository moten;

    KvalitetsradsmoteProjection(KvalitetsradsmoteRepository moten) {
        this.moten = moten;
    }

    @EventHandler
    void on(KvalitetsradsmotePlanerat e, @SequenceNumber long seq) {
        if (moten.hitta(e.id().toString()).isPresent()) {
            return;
        }
        var d = new KvalitetsradsmoteDokument();
        d.id = e.id().toString();
        d.version = seq;
        d.datum = e.datum();
        d.manad = e.manad().toString();
        d.omfattning = e.omfattning();
        d.deltagare = List.copyOf(e.deltagare());
        d.planeradAv = e.av();
        d.planerad = e.tid();
        moten.spara(d);
    }

    @EventHandler
    void on(DeltagareAndrade e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.deltagare = List.copyOf(e.deltagare()));
    }

    @EventHandler
    void on(MotesunderlagFryst e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.underlag = new Underlag(e.underlag(), e.byggd(), e.handelseposition(), e.av(),
                e.tid()));
    }

    @EventHandler
    void on(PunktAntecknad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            int revisioner = d.punkter.stream().filter(p -> p.nummer() == e.nummer()).mapToInt(Punkt::revisioner)
                    .findFirst().orElse(0);
            d.punkter.removeIf(p -> p.nummer() == e.nummer());
            d.punkter.add(new Punkt(e.nummer(), e.rubrik(), e.anteckning(), revisioner + 1, e.av(), e.tid()));
            d.punkter.sort(Comparator.comparingInt(Punkt::nummer));
        });
    }

    @EventHandler
    void on(BeslutFattat e, @SequenceNumber long seq) {
        String atgard = e.atgard() == null ? null : e.atgard().toString();
        uppdatera(e.id(), seq, d -> d.beslut.add(new Beslut(e.beslut().toString(), e.text(), atgard, e.av(),
                e.tid())));
    }

    @EventHandler
    void on(ProtokollJusterat e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.justering = new Justering(e.av(), e.tid()));
    }

    @ResetHandler
    void aterstall() {
        moten.rensa();
    }

    @QueryHandler
    KvalitetsradsmoteDetaljer handle(HamtaKvalitetsradsmote fraga) {
        return moten.hitta(fraga.id().toString()).map(KvalitetsradsmoteProjection::detaljer).orElse(null);
    }

    @QueryHandler
    List<KvalitetsradsmoteDetaljer> handle(ListaKvalitetsradsmoten fraga) {
        return moten.alla().stream().map(KvalitetsradsmoteProjection::detaljer).toList();
    }

    private void uppdatera(KvalitetsradsmoteId id, long seq, Consumer<KvalitetsradsmoteDokument> andring) {
        moten.hitta(id.toString()).filter(d -> seq > d.version).ifPresent(d -> {
            andring.accept(d);
            d.version = seq;
            moten.spara(d);
        });
    }

    private static KvalitetsradsmoteDetaljer detaljer(KvalitetsradsmoteDokument d) {
        return new KvalitetsradsmoteDetaljer(d.id, d.version, d.datum, YearMonth.parse(d.manad),
                d.omfattning, d.deltagare, d.underlag, d.punkter, d.beslut, d.justering, d.planeradAv, d.planerad);
    }
}
