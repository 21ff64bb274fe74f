package se.kvalitetsledning.infra.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kvalitetsledning.egenkontroll.Trafikljus;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.IndikatorDetaljer.Malperiod;
import se.kvalitetsledning.indikator.Indikatorkalla;
import se.kvalitetsledning.indikator.Indikatorvarde;
import se.kvalitetsledning.indikator.Malvarde;
import se.kvalitetsledning.indikator.Riktning;

/**
 * A computed indikator gets the values its source gives for the last 12 months, each coloured against the target
 * that held then; a manual one is left as it is.
 */
class IndikatorberakningTest {

    private static final YearMonth DENNA = YearMonth.of(2026, 11);
    private static final Clock KLOCKA = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), SvenskTid.ZON);
    private static final Malvarde HOGST_10 = new Malvarde(BigDecimal.TEN, new BigDecimal("5"),
            Riktning.LAGRE_AR_BATTRE);
    private static final Malvarde HOGST_20 = new Malvarde(new BigDecimal("20"), BigDecimal.ZERO,
            Riktning.LAGRE_AR_BATTRE);

    private final List<String> fragor = new ArrayList<>();

    /** A source that answers with fixed handling times and notes what it was asked. */
    private final Indikatorkallor kallor = new Indikatorkallor(null) {
        @Override
        Map<YearMonth, BigDecimal> varden(Indikatorkalla kalla, String enhet, YearMonth fran, YearMonth till,
                                          LocalDate idag) {
            fragor.add(kalla + " " + enhet + " " + fran + ".." + till + " " + idag);
            return Map.of(DENNA.minusMonths(2), new BigDecimal("12"), DENNA.minusMonths(1), new BigDecimal("16"),
                    DENNA, new BigDecimal("16"));
        }
    };

    private final Indikatorberakning berakning = new Indikatorberakning(kallor, KLOCKA);

    @Test
    void varjeManadFargasMotMaletSomGallde() {
        var malen = List.of(new Malperiod(DENNA.minusYears(2), HOGST_10), new Malperiod(DENNA, HOGST_20));

        var beraknad = berakning.medVarden(indikator(Indikatorkalla.AVVIKELSER_HANDLAGGNINGSTID, malen, List.of()));

        assertThat(fragor).containsExactly("AVVIKELSER_HANDLAGGNINGSTID eken 2025-12..2026-11 2026-11-20");
        assertThat(beraknad.varden()).extracting(Indikatorvarde::manad, Indikatorvarde::varde, Indikatorvarde::farg)
                .containsExactly(
                        tuple(DENNA.minusMonths(2), new BigDecimal("12"),
                                Trafikljus.GUL),
                        tuple(DENNA.minusMonths(1), new BigDecimal("16"),
                                Trafikljus.ROD),
                        tuple(DENNA, new BigDecimal("16"), Trafikljus.GRON));
        assertThat(beraknad.varden()).allSatisfy(v -> assertThat(v.av()).isNull());
    }

    @Test
    void enIndikatorSomBorjarFoljasSenareFragarFranDess() {
        var indikator = new IndikatorDetaljer("i", 0, "eken", "Genomförda", "st",
                Indikatorkalla.EGENKONTROLLER_GENOMFORDA, DENNA.minusMonths(1),
                List.of(new Malperiod(DENNA.minusMonths(1), HOGST_10)), List.of(), null);

        berakning.medVarden(indikator);

        assertThat(fragor).containsExactly("EGENKONTROLLER_GENOMFORDA eken 2026-10..2026-11 2026-11-20");
    }

    @Test
    void enManuellLamnasSomDenAr() {
        var manuell = indikator(Indikatorkalla.MANUELL, List.of(new Malperiod(DENNA, HOGST_10)), List.of());

        assertThat(berakning.medVarden(manuell)).isSameAs(manuell);
        assertThat(fragor).isEmpty();
    }

    private static IndikatorDetaljer indikator(Indikatorkalla kalla, List<Malperiod> mal,
                                               List<Indikatorvarde> varden) {
        return new IndikatorDetaljer("i", 3, "eken", "Handläggningstid", "dagar", kalla, mal.get(0).fran(), mal,
                varden, null);
    }
}
