package se.kvalitetsledning.egenkontroll;

import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer.Besvarat;

/** Builds the egenkontroller, their plan (årshjul), results, trend and counters from their events. */
@Component
@ProcessingGroup("egenkontroller")
class EgenkontrollProjection {

    private final EgenkontrollRepository kontroller;
    private final KontrollmallRepository mallar;

    EgenkontrollProjection(EgenkontrollRepository kontroller, KontrollmallRepository mallar) {
        this.kontroller = kontroller;
        this.mallar = mallar;
    }

    @EventHandler
    void on(EgenkontrollPlanerad e, @SequenceNumber long seq) {
        var d = new EgenkontrollDokument();
        d.id = e.id().toString();
        d.version = seq;
        d.mall = e.mall().toString();
        d.enhet = e.enhet().value();
        d.manad = e.manad().toString();
        d.ar = e.manad().getYear();
        d.ansvarig = e.ansvarig();
        d.status = EgenkontrollStatus.PLANERAD;
        d.planeradAv = e.av();
        d.planerad = e.tid();
        kontroller.ny(d);
    }

    @EventHandler
    void on(EgenkontrollOmplanerad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.manad = e.manad().toString();
            d.ar = e.manad().getYear();
            d.ansvarig = e.ansvarig();
        });
    }

    @EventHandler
    void on(EgenkontrollPaborjad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.mallversion = LagradMallversion.av(e.mallversion());
            d.status = EgenkontrollStatus.PAGAR;
        });
    }

    @EventHandler
    void on(StickprovDraget e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.stickprov = e.stickprov());
    }

    @EventHandler
    void on(FragaBesvarad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.besvara(new Besvarat(e.post(), e.fraga(), e.svar(), e.av(), e.tid())));
    }

    @EventHandler
    void on(EgenkontrollGenomford e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = EgenkontrollStatus.GENOMFORD;
            d.resultat = e.resultat();
            d.genomford = e.tid();
            d.genomfordAv = e.av();
        });
    }

    @EventHandler
    void on(EgenkontrollInstalld e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = EgenkontrollStatus.STALLD_IN;
            d.installtSkal = e.skal();
        });
    }

    @ResetHandler
    void aterstall() {
        kontroller.rensa();
    }

    @QueryHandler
    EgenkontrollDetaljer handle(HamtaEgenkontroll fraga) {
        return kontroller.hitta(fraga.id().toString())
                .map(d -> EgenkontrollSvar.detaljer(d, mallnamn(d), kontroller.foregaende(d).orElse(null)))
                .orElse(null);
    }

    @QueryHandler
    Egenkontrollplan handle(ListaEgenkontrollplan fraga) {
        return EgenkontrollSvar.plan(kontroller.plan(fraga), mallar.namn(), fraga,
                enhet -> kontroller.senastGenomford(enhet).map(d -> d.genomford).orElse(null));
    }

    @QueryHandler
    EgenkontrollStatistik handle(RaknaEgenkontroller fraga) {
        return Kontrollrakning.statistik(kontroller.rakningsrader(fraga), mallar.namn());
    }

    private String mallnamn(EgenkontrollDokument d) {
        return d.mallversion != null ? d.mallversion.namn()
                : mallar.hitta(d.mall).map(m -> m.namn).orElse(null);
    }

    private void uppdatera(EgenkontrollId id, long seq, Consumer<EgenkontrollDokument> andring) {
        kontroller.andra(id.toString(), seq, andring);
    }
}
