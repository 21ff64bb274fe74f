package se.kvalitetsledning.infra.indikator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.egenkontroll.Egenkontrollplan;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Planpost;
import se.kvalitetsledning.egenkontroll.ListaEgenkontrollplan;
import se.kvalitetsledning.indikator.Indikatorkalla;
import se.kvalitetsledning.sammanstallning.Arendeslag;
import se.kvalitetsledning.sammanstallning.Handlingstider;
import se.kvalitetsledning.sammanstallning.RaknaHandlingstider;
import se.kvalitetsledning.synpunkt.RaknaSynpunkter;
import se.kvalitetsledning.synpunkt.SynpunktStatistik;
import se.kvalitetsledning.synpunkt.SynpunktStatistik.Svarsandel;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/**
 * Each computed source's monthly values from what its projection answers for Eken, September to November 2026: the
 * month without anything to measure has no value, except that a month without a performed check has 0.
 */
class IndikatorkallorTest {

    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OKT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final LocalDate IDAG = LocalDate.of(2026, 11, 20);

    private final SimpleQueryBus bus = SimpleQueryBus.builder().build();
    private final Indikatorkallor kallor = new Indikatorkallor(DefaultQueryGateway.builder().queryBus(bus).build());

    @Test
    void handlaggningstidenArMedianenAvManadensAvslutadeAvvikelser() {
        bus.subscribe(RaknaHandlingstider.class.getName(), Handlingstider.class, fraga -> {
            assertThat(fraga.getPayload()).isEqualTo(new RaknaHandlingstider(Set.of("eken"),
                    Arendeslag.AVVIKELSE, SEP, NOV));
            return new Handlingstider(List.of(new Handlingstider.Manad(OKT, List.of(3L, 10L)),
                    new Handlingstider.Manad(NOV, List.of(4L, 20L, 30L))));
        });

        assertThat(varden(Indikatorkalla.AVVIKELSER_HANDLAGGNINGSTID))
                .isEqualTo(Map.of(OKT, BigDecimal.valueOf(6), NOV, BigDecimal.valueOf(20)));
    }

    @Test
    void genomfordaEgenkontrollerRaknasDenManadDeGenomfordes() {
        bus.subscribe(ListaEgenkontrollplan.class.getName(), Egenkontrollplan.class, fraga -> {
            assertThat(fraga.getPayload()).isEqualTo(new ListaEgenkontrollplan(Set.of("eken"), null, IDAG));
            return new Egenkontrollplan(List.of(kontroll(SEP, LocalDate.of(2026, 10, 3)),
                    kontroll(OKT, LocalDate.of(2026, 10, 28)), kontroll(NOV, LocalDate.of(2026, 11, 1)),
                    kontroll(NOV, null), kontroll(YearMonth.of(2025, 1), LocalDate.of(2025, 1, 30))), List.of());
        });

        assertThat(varden(Indikatorkalla.EGENKONTROLLER_GENOMFORDA))
                .isEqualTo(Map.of(SEP, BigDecimal.ZERO, OKT, BigDecimal.valueOf(2), NOV, BigDecimal.ONE));
    }

    @Test
    void synpunkterBesvaradeITidArAndelenAvDeMedSvarsfrist() {
        bus.subscribe(RaknaSynpunkter.class.getName(), SynpunktStatistik.class, fraga -> new SynpunktStatistik(
                List.of(), List.of(new Svarsandel("eken", OKT, Synpunktstyp.KLAGOMAL, 2, 1, 1),
                        new Svarsandel("eken", OKT, Synpunktstyp.KLAGOMAL, 1, 1, 0),
                        new Svarsandel("eken", NOV, Synpunktstyp.KLAGOMAL, 0, 0, 0))));

        assertThat(varden(Indikatorkalla.SYNPUNKTER_BESVARADE_I_TID)).isEqualTo(Map.of(OKT, BigDecimal.valueOf(67)));
    }

    @Test
    void enManuellHarIngaBeraknadeVarden() {
        assertThat(varden(Indikatorkalla.MANUELL)).isEmpty();
    }

    private Map<YearMonth, BigDecimal> varden(Indikatorkalla kalla) {
        return kallor.varden(kalla, "eken", SEP, NOV, IDAG);
    }

    private static Planpost kontroll(YearMonth manad, LocalDate genomford) {
        return new Planpost("k", "mall", "Aktgranskning", "eken", manad, null, null, manad.atEndOfMonth(), null,
                genomford);
    }
}
