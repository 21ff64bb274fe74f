package se.kvalitetsledning.sammanstallning;

import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.avvikelse.AvvikelseAteroppnad;
import se.kvalitetsledning.avvikelse.AvvikelseAvslutad;
import se.kvalitetsledning.avvikelse.AvvikelseKlassificerad;
import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.avvikelse.AvvikelseRegistrerad;
import se.kvalitetsledning.gemensamt.Risk;
import se.kvalitetsledning.lexsarah.AnmalanTillIvoRegistrerad;
import se.kvalitetsledning.lexsarah.FristOverskriden;
import se.kvalitetsledning.lexsarah.LexSarahAvslutad;
import se.kvalitetsledning.lexsarah.LexSarahBedomd;
import se.kvalitetsledning.lexsarah.MissforhallandeRapporterat;
import se.kvalitetsledning.synpunkt.SynpunktAvslutad;
import se.kvalitetsledning.synpunkt.SynpunktInkommen;
import se.kvalitetsledning.synpunkt.SynpunktStatistik;
import se.kvalitetsledning.synpunkt.SynpunktTilldelad;
import se.kvalitetsledning.synpunkt.SynpunktUtredd;
import se.kvalitetsledning.synpunkt.SynpunktVidarebefordrad;
import se.kvalitetsledning.synpunkt.SynpunktensFristOverskriden;

/**
 * One document per avvikelse, lex Sarah case and synpunkt with what the monthly summary counts of its flow. Each
 * document is written whole and only by an event newer than the one it holds, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup("arendeflode")
class ArendeflodeProjection {

    private final ArendeflodeRepository floden;

    ArendeflodeProjection(ArendeflodeRepository floden) {
        this.floden = floden;
    }

    @EventHandler
    void on(AvvikelseRegistrerad e, @SequenceNumber long seq) {
        var d = ArendeflodeDokument.inkommet(Arendeslag.AVVIKELSE, e.id().value(), seq, e.enhet().value(),
                e.intraffade(), e.registrerad());
        d.kategori = e.kategori() == null ? AvvikelseRakning.OKLASSIFICERAD : e.kategori().value();
        floden.ny(d);
    }

    @EventHandler
    void on(AvvikelseKlassificerad e, @SequenceNumber long seq) {
        andra(Arendeslag.AVVIKELSE, e.id().value(), seq, d -> {
            d.kategori = e.kategori().value();
            d.riskfarg = new Risk(e.sannolikhet(), e.konsekvens()).farg();
            d.kvalitetsomraden = e.kvalitetsomraden() == null ? List.of()
                    : e.kvalitetsomraden().stream().map(Enum::name).sorted().toList();
        });
    }

    @EventHandler
    void on(AvvikelseAvslutad e, @SequenceNumber long seq) {
        andra(Arendeslag.AVVIKELSE, e.id().value(), seq, d -> d.avslutat(e.tid()));
    }

    @EventHandler
    void on(AvvikelseAteroppnad e, @SequenceNumber long seq) {
        andra(Arendeslag.AVVIKELSE, e.id().value(), seq, ArendeflodeDokument::ateroppnat);
    }

    @EventHandler
    void on(MissforhallandeRapporterat e, @SequenceNumber long seq) {
        floden.ny(ArendeflodeDokument.inkommet(Arendeslag.LEX_SARAH, e.id().value(), seq, e.enhet().value(),
                e.mottagen(), e.mottagen()));
    }

    @EventHandler
    void on(LexSarahBedomd e, @SequenceNumber long seq) {
        andra(Arendeslag.LEX_SARAH, e.id().value(), seq, d -> d.niva = e.niva());
    }

    @EventHandler
    void on(AnmalanTillIvoRegistrerad e, @SequenceNumber long seq) {
        andra(Arendeslag.LEX_SARAH, e.id().value(), seq, d -> d.anmaldTillIvo = true);
    }

    @EventHandler
    void on(FristOverskriden e, @SequenceNumber long seq) {
        andra(Arendeslag.LEX_SARAH, e.id().value(), seq, d -> d.forsenad = true);
    }

    @EventHandler
    void on(LexSarahAvslutad e, @SequenceNumber long seq) {
        andra(Arendeslag.LEX_SARAH, e.id().value(), seq, d -> d.avslutat(e.tid()));
    }

    @EventHandler
    void on(SynpunktInkommen e, @SequenceNumber long seq) {
        var enhet = e.enhet() == null ? SynpunktStatistik.UTAN_ENHET : e.enhet().value();
        var d = ArendeflodeDokument.inkommet(Arendeslag.SYNPUNKT, e.id().value(), seq, enhet, e.mottagen(),
                e.mottagen());
        d.typ = e.typ().name();
        floden.ny(d);
    }

    @EventHandler
    void on(SynpunktUtredd e, @SequenceNumber long seq) {
        var kategori = e.kategori() == null ? null : e.kategori().value();
        andra(Arendeslag.SYNPUNKT, e.id().value(), seq, d -> d.kategori = kategori);
    }

    @EventHandler
    void on(SynpunktTilldelad e, @SequenceNumber long seq) {
        andra(Arendeslag.SYNPUNKT, e.id().value(), seq, d -> d.enhet = e.enhet().value());
    }

    @EventHandler
    void on(SynpunktensFristOverskriden e, @SequenceNumber long seq) {
        andra(Arendeslag.SYNPUNKT, e.id().value(), seq, d -> d.forsenad = true);
    }

    @EventHandler
    void on(SynpunktAvslutad e, @SequenceNumber long seq) {
        andra(Arendeslag.SYNPUNKT, e.id().value(), seq, d -> d.avslutat(e.tid()));
    }

    @EventHandler
    void on(SynpunktVidarebefordrad e, @SequenceNumber long seq) {
        andra(Arendeslag.SYNPUNKT, e.id().value(), seq, d -> d.avslutat(e.tid()));
    }

    @ResetHandler
    void aterstall() {
        floden.rensa();
    }

    @QueryHandler
    Arendeflode handle(RaknaArendeflode fraga) {
        return floden.rakna(fraga);
    }

    @QueryHandler
    Handlingstider handle(RaknaHandlingstider fraga) {
        return floden.handlingstider(fraga);
    }

    private void andra(Arendeslag slag, Object arende, long seq, Consumer<ArendeflodeDokument> andring) {
        floden.andra(ArendeflodeDokument.id(slag, arende), seq, andring);
    }
}
