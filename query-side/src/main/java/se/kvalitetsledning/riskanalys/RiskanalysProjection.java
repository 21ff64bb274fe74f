package se.kvalitetsledning.riskanalys;

import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.projektion.GlesaProjektioner;
import se.kvalitetsledning.riskanalys.RiskanalysDetaljer.Granskning;

/** Builds the riskanalyser, their lists, the risk register, the matrix and the counters from their events. */
@Component
@ProcessingGroup(GlesaProjektioner.NAMN)
class RiskanalysProjection {

    private final RiskanalysRepository analyser;

    RiskanalysProjection(RiskanalysRepository analyser) {
        this.analyser = analyser;
    }

    @EventHandler
    void on(RiskanalysInledd e, @SequenceNumber long seq) {
        var d = new RiskanalysDokument();
        d.id = e.id().toString();
        d.version = seq;
        d.uppgifter(e.uppgifter());
        d.inleddAv = e.av();
        d.inledd = e.tid();
        d.handelse(e.tid(), e.av(), "Inledd", e.uppgifter().anledning().benamning());
        analyser.ny(d);
    }

    @EventHandler
    void on(RiskanalysAndrad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.uppgifter(e.uppgifter());
            d.handelse(e.tid(), e.av(), "Analysen ändrad", null);
        });
    }

    @EventHandler
    void on(RiskTillagd e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            var risk = new RiskanalysDokument.RiskDel();
            risk.id = e.risk().toString();
            risk.tillagd = e.tid();
            risk.uppgifter(e.uppgifter());
            d.risker.add(risk);
            d.handelse(e.tid(), e.av(), "Risk tillagd", e.uppgifter().beskrivning());
        });
    }

    @EventHandler
    void on(RiskAndrad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.risk(e.risk()).ifPresent(r -> {
            r.uppgifter(e.uppgifter());
            d.handelse(e.tid(), e.av(), "Risk ändrad", e.uppgifter().beskrivning());
        }));
    }

    @EventHandler
    void on(RiskBorttagen e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.risk(e.risk()).ifPresent(r -> {
            r.borttagen = true;
            d.handelse(e.tid(), e.av(), "Risk borttagen", r.uppgifter.beskrivning());
        }));
    }

    @EventHandler
    void on(RiskanalysFaststalld e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.faststalld = true;
            d.faststalldAv = e.av();
            d.faststalldTid = e.tid();
            d.handelse(e.tid(), e.av(), "Fastställd", null);
        });
    }

    @EventHandler
    void on(RiskGranskad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.risk(e.risk()).ifPresent(r -> {
            r.granskningar.add(new Granskning(e.bedomning(), e.kommentar(), e.nastaGranskning(), e.hanterad(),
                    e.av(), e.tid()));
            r.aktuell = e.bedomning();
            r.nastaGranskning = e.nastaGranskning();
            r.hanterad = e.hanterad();
            d.handelse(e.tid(), e.av(), e.hanterad() ? "Risk granskad och hanterad" : "Risk granskad",
                    r.uppgifter.beskrivning());
        }));
    }

    @ResetHandler
    void aterstall() {
        analyser.rensa();
    }

    @QueryHandler
    RiskanalysDetaljer handle(HamtaRiskanalys fraga) {
        return analyser.hitta(fraga.id().toString()).map(RiskanalysSvar::detaljer).orElse(null);
    }

    @QueryHandler
    List<RiskanalysRad> handle(ListaRiskanalyser fraga) {
        return analyser.sok(fraga).stream().map(RiskanalysSvar::rad).toList();
    }

    @QueryHandler
    List<Registerrisk> handle(ListaRiskregister fraga) {
        return RiskanalysSvar.register(analyser.iEnheter(fraga.enheter()), fraga.idag());
    }

    @QueryHandler
    Riskmatris handle(RaknaRiskmatris fraga) {
        return analyser.matris(fraga.enheter());
    }

    @QueryHandler
    RiskanalysStatistik handle(RaknaRiskanalyser fraga) {
        return analyser.statistik(fraga.enheter(), fraga.ar());
    }

    private void uppdatera(RiskanalysId id, long seq, Consumer<RiskanalysDokument> andring) {
        analyser.andra(id.toString(), seq, andring);
    }
}
