package se.kvalitetsledning.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.testdata.JsonRundtur.json;
import static se.kvalitetsledning.testdata.JsonRundtur.rundtur;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.kvalitetsledning.egenkontroll.Trafikljus;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

class IndikatorTest {

    private static final IndikatorId ID = IndikatorId.av("7d3b9f2e-4a6c-4e8d-9b1f-3c5e7a9d1b2f");
    private static final EnhetId MYNDIGHET = new EnhetId("myndighet-lss");
    /** Monday 16 March 2026, in Sweden. */
    private static final Instant NU = Instant.parse("2026-03-16T09:00:00Z");
    private static final YearMonth JANUARI = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARI = YearMonth.of(2026, 2);
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    private static final Malvarde UNDER_55 = new Malvarde(new BigDecimal("55"), new BigDecimal("5"),
            Riktning.LAGRE_AR_BATTRE);

    private FixtureConfiguration<Indikator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indikator.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static Aktor kvalitetssamordnare() {
        return new Aktor(KARIN, Set.of(Roll.KVALITETSSAMORDNARE), Set.of(MYNDIGHET));
    }

    private static Aktor handlaggare() {
        return new Aktor(HANNA, Set.of(Roll.HANDLAGGARE), Set.of(MYNDIGHET));
    }

    private static DefinieraIndikator definiera(Indikatorkalla kalla, Aktor aktor) {
        return new DefinieraIndikator(ID, MYNDIGHET, " Ärenden per handläggare, vuxna ", "ärenden",
                Riktning.LAGRE_AR_BATTRE, new BigDecimal("55"), new BigDecimal("5"), kalla, JANUARI, aktor, NU);
    }

    private static IndikatorDefinierad definierad(Indikatorkalla kalla) {
        return new IndikatorDefinierad(ID, MYNDIGHET, "Ärenden per handläggare, vuxna", "ärenden", kalla, UNDER_55,
                JANUARI, KARIN, NU);
    }

    private static RegistreraIndikatorvarde varde(YearMonth manad, String varde, Aktor aktor) {
        return new RegistreraIndikatorvarde(ID, null, manad, new BigDecimal(varde), " ", aktor, NU);
    }

    @Nested
    class Definition {

        @Test
        void kvalitetssamordnarenSatterEnhetensMal() {
            fixture.givenNoPriorActivity()
                    .when(definiera(Indikatorkalla.MANUELL, kvalitetssamordnare()))
                    .expectEvents(definierad(Indikatorkalla.MANUELL));
        }

        @Test
        void enHandlaggareSatterInteMal() {
            fixture.givenNoPriorActivity()
                    .when(definiera(Indikatorkalla.MANUELL, handlaggare()))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void ettNegativtGultBandAvvisas() {
            fixture.givenNoPriorActivity()
                    .when(new DefinieraIndikator(ID, MYNDIGHET, "Utredningstid", "dagar", Riktning.LAGRE_AR_BATTRE,
                            new BigDecimal("90"), new BigDecimal("-1"), Indikatorkalla.MANUELL, JANUARI,
                            kvalitetssamordnare(), NU))
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void ettNyttMalGallerFranEnManadOchBehallerRiktningen() {
            fixture.given(definierad(Indikatorkalla.MANUELL))
                    .when(new AndraIndikatorensMal(ID, 0L, new BigDecimal("50"), new BigDecimal("5"), FEBRUARI,
                            kvalitetssamordnare(), NU))
                    .expectEvents(new IndikatorensMalAndrat(ID, new Malvarde(new BigDecimal("50"),
                            new BigDecimal("5"), Riktning.LAGRE_AR_BATTRE), FEBRUARI, KARIN, NU))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void malKanInteAndrasBakomStarten() {
            fixture.given(definierad(Indikatorkalla.MANUELL))
                    .when(new AndraIndikatorensMal(ID, 0L, new BigDecimal("50"), new BigDecimal("5"),
                            YearMonth.of(2025, 12), kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class Varden {

        @Test
        void enHandlaggarePaEnhetenRegistrerarManadensVarde() {
            fixture.given(definierad(Indikatorkalla.MANUELL))
                    .when(varde(FEBRUARI, "57", handlaggare()))
                    .expectEvents(new IndikatorvardeRegistrerat(ID, FEBRUARI, new BigDecimal("57"), null, false,
                            HANNA, NU));
        }

        @Test
        void ettNyttVardeForSammaManadArEnRattelse() {
            fixture.given(definierad(Indikatorkalla.MANUELL),
                            new IndikatorvardeRegistrerat(ID, FEBRUARI, new BigDecimal("57"), null, false, HANNA, NU))
                    .when(varde(FEBRUARI, "52", kvalitetssamordnare()))
                    .expectEvents(new IndikatorvardeRegistrerat(ID, FEBRUARI, new BigDecimal("52"), null, true,
                            KARIN, NU));
        }

        @Test
        void sammaVardeIgenRegistrerarIngenting() {
            fixture.given(definierad(Indikatorkalla.MANUELL),
                            new IndikatorvardeRegistrerat(ID, FEBRUARI, new BigDecimal("57"), null, false, HANNA, NU))
                    .when(varde(FEBRUARI, "57.0", handlaggare()))
                    .expectNoEvents();
        }

        @Test
        void enManadSomInteBorjatAvvisas() {
            fixture.given(definierad(Indikatorkalla.MANUELL))
                    .when(varde(YearMonth.of(2026, 4), "50", handlaggare()))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enManadForeStartenAvvisas() {
            fixture.given(definierad(Indikatorkalla.MANUELL))
                    .when(varde(YearMonth.of(2025, 12), "50", handlaggare()))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enBeraknadIndikatorRegistrerasInteForHand() {
            fixture.given(definierad(Indikatorkalla.AVVIKELSER_HANDLAGGNINGSTID))
                    .when(varde(FEBRUARI, "12", handlaggare()))
                    .expectException(RegelBrott.class);
        }

        @Test
        void personalPaAnnanEnhetRegistrerarInte() {
            var annan = new Aktor(HANNA, Set.of(Roll.HANDLAGGARE), Set.of(new EnhetId("hemtjanst-norr")));
            fixture.given(definierad(Indikatorkalla.MANUELL))
                    .when(varde(FEBRUARI, "50", annan))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void ettNegativtVardeAvvisas() {
            fixture.given(definierad(Indikatorkalla.MANUELL))
                    .when(varde(FEBRUARI, "-3", handlaggare()))
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void enAvslutadIndikatorTarInteEmotVarden() {
            fixture.given(definierad(Indikatorkalla.MANUELL),
                            new IndikatorAvslutad(ID, "Ersatt av nytt mål", KARIN, NU))
                    .when(varde(FEBRUARI, "50", handlaggare()))
                    .expectException(RegelBrott.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"LAGRE_AR_BATTRE, 54, GRON", "LAGRE_AR_BATTRE, 55, GRON", "LAGRE_AR_BATTRE, 60, GUL",
            "LAGRE_AR_BATTRE, 60.5, ROD", "HOGRE_AR_BATTRE, 85, GRON", "HOGRE_AR_BATTRE, 80, GUL",
            "HOGRE_AR_BATTRE, 79.9, ROD"})
    void fargenFoljerMaletBandetOchRiktningen(Riktning riktning, String varde, Trafikljus farg) {
        var malvarde = riktning == Riktning.LAGRE_AR_BATTRE ? UNDER_55
                : new Malvarde(new BigDecimal("85"), new BigDecimal("5"), riktning);
        assertThat(malvarde.farg(new BigDecimal(varde))).isEqualTo(farg);
    }

    @Test
    void ogonblicksbildenBehallerManadernasVarden() {
        var indikator = new Indikator();
        indikator.on(definierad(Indikatorkalla.MANUELL));
        indikator.on(new IndikatorvardeRegistrerat(ID, FEBRUARI, new BigDecimal("57"), null, false, HANNA, NU));

        assertThat(json(rundtur(indikator))).isEqualTo(json(indikator)).contains("2026-02");
        assertThat(rundtur(new IndikatorvardeRegistrerat(ID, FEBRUARI, new BigDecimal("57.5"), "Två sjukskrivna",
                true, HANNA, NU))).isEqualTo(new IndikatorvardeRegistrerat(ID, FEBRUARI, new BigDecimal("57.5"),
                "Två sjukskrivna", true, HANNA, NU));
    }
}
