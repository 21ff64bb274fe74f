package se.kvalitetsledning.indikator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.indikator.IndikatorDokument.Malperiod;
import se.kvalitetsledning.indikator.IndikatorDokument.Varde;
import se.kvalitetsledning.projektion.GlesaProjektioner;

/** Builds each enhet's indikatorer: their targets over time and every month's value with its corrections. */
@Component
@ProcessingGroup(GlesaProjektioner.NAMN)
class IndikatorProjection {

    private final IndikatorRepository indikatorer;

    IndikatorProjection(IndikatorRepository indikatorer) {
        this.indikatorer = indikatorer;
    }

    @EventHandler
    void on(IndikatorDefinierad e, @SequenceNumber long seq) {
        String id = e.id().toString();
        if (indikatorer.hitta(id).isPresent()) {
            return;
        }
        var d = new IndikatorDokument();
        d.id = id;
        d.version = seq;
        d.enhet = e.enhet().value();
        d.namn = e.namn();
        d.enhetsbeteckning = e.enhetsbeteckning();
        d.kalla = e.kalla();
        d.fran = e.fran().toString();
        d.mal.add(new Malperiod(d.fran, e.malvarde()));
        indikatorer.spara(d);
    }

    @EventHandler
    void on(IndikatorensMalAndrat e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            String fran = e.fran().toString();
            d.mal.removeIf(p -> p.fran().equals(fran));
            d.mal.add(new Malperiod(fran, e.malvarde()));
            d.mal.sort(Comparator.comparing(Malperiod::fran));
        });
    }

    @EventHandler
    void on(IndikatorvardeRegistrerat e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            String manad = e.manad().toString();
            List<Indikatorvarde.Tidigare> tidigare = new ArrayList<>();
            d.varden.stream().filter(v -> v.manad().equals(manad)).findFirst().ifPresent(v -> {
                tidigare.addAll(v.tidigare());
                tidigare.add(new Indikatorvarde.Tidigare(v.varde(), v.kommentar(), v.av(), v.tid()));
            });
            d.varden.removeIf(v -> v.manad().equals(manad));
            d.varden.add(new Varde(manad, e.varde(), e.kommentar(), e.av(), e.tid(), tidigare));
            d.varden.sort(Comparator.comparing(Varde::manad));
        });
    }

    @EventHandler
    void on(IndikatorAvslutad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.avslutad = e.skal());
    }

    @ResetHandler
    void aterstall() {
        indikatorer.rensa();
    }

    @QueryHandler
    IndikatorDetaljer handle(HamtaIndikator fraga) {
        return indikatorer.hitta(fraga.id().toString()).map(IndikatorProjection::detaljer).orElse(null);
    }

    @QueryHandler
    List<IndikatorDetaljer> handle(ListaIndikatorer fraga) {
        return indikatorer.iEnheter(fraga.enheter()).stream().map(IndikatorProjection::detaljer).toList();
    }

    /** Each month's colour against the target that held that month, so a later target does not recolour the past. */
    private static IndikatorDetaljer detaljer(IndikatorDokument d) {
        List<IndikatorDetaljer.Malperiod> mal = d.mal.stream()
                .map(p -> new IndikatorDetaljer.Malperiod(YearMonth.parse(p.fran()), p.malvarde())).toList();
        List<Indikatorvarde> varden = d.varden.stream().map(v -> {
            YearMonth manad = YearMonth.parse(v.manad());
            Malvarde galler = IndikatorDetaljer.galler(mal, manad);
            return new Indikatorvarde(manad, v.varde(), galler, galler.farg(v.varde()), v.kommentar(), v.av(),
                    v.tid(), v.tidigare());
        }).toList();
        return new IndikatorDetaljer(d.id, d.version, d.enhet, d.namn, d.enhetsbeteckning, d.kalla,
                YearMonth.parse(d.fran), mal, varden, d.avslutad);
    }

    private void uppdatera(IndikatorId id, long seq, Consumer<IndikatorDokument> andring) {
        indikatorer.hitta(id.toString())
                .filter(d -> seq > d.version)
                .ifPresent(d -> {
                    andring.accept(d);
                    d.version = seq;
                    indikatorer.spara(d);
                });
    }
}
