package se.kvalitetsledning.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.egenkontroll.Trafikljus;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class IndikatorProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant NU = Instant.parse("2026-03-16T09:00:00Z");
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    private static final YearMonth JANUARI = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARI = YearMonth.of(2026, 2);
    private static final YearMonth MARS = YearMonth.of(2026, 3);
    private static final Malvarde UNDER_55 = new Malvarde(new BigDecimal("55"), new BigDecimal("5"),
            Riktning.LAGRE_AR_BATTRE);
    private static final Malvarde UNDER_50 = new Malvarde(new BigDecimal("50"), new BigDecimal("5"),
            Riktning.LAGRE_AR_BATTRE);

    private final Map<IndikatorId, Long> sekvens = new HashMap<>();
    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new IndikatorProjection(new IndikatorRepository(mongo.template())));
    }

    @Test
    void varjeManadFargasMotDetMalSomGallde() {
        var id = definiera("myndighet-lss", "Ärenden per handläggare, vuxna");
        publicera(id, varde(id, JANUARI, "54", false, HANNA));
        publicera(id, varde(id, FEBRUARI, "58", false, HANNA));
        publicera(id, new IndikatorensMalAndrat(id, UNDER_50, MARS, KARIN, NU));
        publicera(id, varde(id, MARS, "54", false, HANNA));

        var d = hamta(id);
        assertThat(d.mal()).extracting(IndikatorDetaljer.Malperiod::fran).containsExactly(JANUARI, MARS);
        assertThat(d.varden()).extracting(Indikatorvarde::manad, v -> v.varde().intValue(), Indikatorvarde::farg)
                .containsExactly(tuple(JANUARI, 54, Trafikljus.GRON), tuple(FEBRUARI, 58, Trafikljus.GUL),
                        tuple(MARS, 54, Trafikljus.GUL));
        assertThat(d.varden().get(2).malvarde()).isEqualTo(UNDER_50);
        assertThat(d.version()).isEqualTo(4);
    }

    @Test
    void enRattelseErsatterVardetOchBehallerDetForsta() {
        var id = definiera("myndighet-lss", "Uppföljningar per månad");
        publicera(id, varde(id, FEBRUARI, "61", false, HANNA));
        publicera(id, varde(id, FEBRUARI, "52", true, KARIN));

        var februari = hamta(id).varden();
        assertThat(februari).singleElement().satisfies(v -> {
            assertThat(v.varde()).isEqualByComparingTo("52");
            assertThat(v.av()).isEqualTo(KARIN);
            assertThat(v.tidigare()).extracting(t -> t.varde().intValue(), Indikatorvarde.Tidigare::av)
                    .containsExactly(tuple(61, HANNA));
        });
    }

    @Test
    void listanGallerEnheternaOchEnHandelseSomRedanSettsAndrarIngenting() {
        var id = definiera("myndighet-lss", "Utredningstid, barn");
        definiera("hemtjanst-norr", "Kontinuitet");
        var handelse = varde(id, JANUARI, "40", false, HANNA);
        publicera(id, handelse);
        axon.publish("Indikator", id, sekvens.get(id) - 1, handelse);
        publicera(id, new IndikatorAvslutad(id, "Ersätts av nytt mått", KARIN, NU));

        List<IndikatorDetaljer> lista = axon.queryList(new ListaIndikatorer(Set.of("myndighet-lss")),
                IndikatorDetaljer.class);
        assertThat(lista).singleElement().satisfies(d -> {
            assertThat(d.namn()).isEqualTo("Utredningstid, barn");
            assertThat(d.varden()).singleElement().satisfies(v -> assertThat(v.tidigare()).isEmpty());
            assertThat(d.avslutad()).isEqualTo("Ersätts av nytt mått");
        });
    }

    private IndikatorId definiera(String enhet, String namn) {
        var id = IndikatorId.nytt();
        publicera(id, new IndikatorDefinierad(id, new EnhetId(enhet), namn, "ärenden", Indikatorkalla.MANUELL,
                UNDER_55, JANUARI, KARIN, NU));
        return id;
    }

    private static IndikatorvardeRegistrerat varde(IndikatorId id, YearMonth manad, String varde, boolean rattelse,
                                                   Anvandare av) {
        return new IndikatorvardeRegistrerat(id, manad, new BigDecimal(varde), null, rattelse, av, NU);
    }

    private void publicera(IndikatorId id, Object handelse) {
        axon.publish("Indikator", id, sekvens.merge(id, 1L, Long::sum) - 1, handelse);
    }

    private IndikatorDetaljer hamta(IndikatorId id) {
        return axon.query(new HamtaIndikator(id), IndikatorDetaljer.class);
    }
}
