package se.kvalitetsledning.kvalitetsberattelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.Roll;

class KvalitetsberattelseTest {

    private static final Omfang LSS = new Omfang(Omfang.Niva.VERKSAMHETSOMRADE, "lss");
    private static final KvalitetsberattelseId ID = KvalitetsberattelseId.forAr(2022, LSS);
    private static final Instant NU = Instant.parse("2023-02-10T09:00:00Z");
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Anvandare LARS = new Anvandare("lars", "Lars Nord");
    private static final Tabell TOPP_TRE = new Tabell("avvikelser-topp-tre", "De tre vanligaste kategorierna",
            List.of("Kategori", "2021", "2022"), List.of(Tabell.Rad.av("Självskada", "0", "102")),
            "Avvikelsestatistiken per 2023-02-10");
    private static final Innehall INNEHALL = new Innehall("LSS", List.of(
            new Innehall.Avsnittsinnehall(Avsnitt.AVVIKELSER, List.of(TOPP_TRE))));
    private static final Innehall NYTT_INNEHALL = new Innehall("LSS", List.of(
            new Innehall.Avsnittsinnehall(Avsnitt.AVVIKELSER, List.of(new Tabell("avvikelser-topp-tre",
                    "De tre vanligaste kategorierna", List.of("Kategori", "2021", "2022"),
                    List.of(Tabell.Rad.av("Självskada", "0", "103")), "Avvikelsestatistiken per 2023-02-11")))));

    private FixtureConfiguration<Kvalitetsberattelse> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Kvalitetsberattelse.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static Aktor kvalitetssamordnare() {
        return new Aktor(KARIN, Set.of(Roll.KVALITETSSAMORDNARE), Set.of());
    }

    private static Aktor ledning() {
        return new Aktor(LARS, Set.of(Roll.LEDNING), Set.of());
    }

    private static Aktor handlaggare() {
        return new Aktor(new Anvandare("hanna", "Hanna Holm"), Set.of(Roll.HANDLAGGARE), Set.of());
    }

    private static KvalitetsberattelseSkapad skapad() {
        return new KvalitetsberattelseSkapad(ID, 2022, LSS, INNEHALL, KARIN, NU);
    }

    private static AvsnittstextSkriven skriven() {
        return new AvsnittstextSkriven(ID, Avsnitt.AVVIKELSER, "Ökningen gäller en person.", KARIN, NU);
    }

    private static KvalitetsberattelseFaststalld faststalld() {
        return new KvalitetsberattelseFaststalld(ID, 1, LARS, NU);
    }

    @Nested
    class Skapande {

        @Test
        void kvalitetssamordnarenSkaparUtkastetForEttArOchEttVerksamhetsomrade() {
            fixture.givenNoPriorActivity()
                    .when(new SkapaKvalitetsberattelse(ID, 2022, LSS, INNEHALL, kvalitetssamordnare(), NU))
                    .expectEvents(skapad());
        }

        @Test
        void enHandlaggareSkaparInte() {
            fixture.givenNoPriorActivity()
                    .when(new SkapaKvalitetsberattelse(ID, 2022, LSS, INNEHALL, handlaggare(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void aretMasteVaraRimligt() {
            fixture.givenNoPriorActivity()
                    .when(new SkapaKvalitetsberattelse(ID, 1999, LSS, INNEHALL, kvalitetssamordnare(), NU))
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void sammaArOchOmfangGerSammaId() {
            assertThat(KvalitetsberattelseId.forAr(2022,
                    new Omfang(Omfang.Niva.VERKSAMHETSOMRADE, "lss"))).isEqualTo(ID);
        }
    }

    @Nested
    class Utkast {

        @Test
        void omgenereringBytarSiffrornaMenRorInteTexten() {
            fixture.given(skapad(), skriven())
                    .when(new GenereraOmKvalitetsberattelse(ID, 1L, NYTT_INNEHALL, kvalitetssamordnare(), NU))
                    .expectEvents(new KvalitetsberattelseOmgenererad(ID, NYTT_INNEHALL, KARIN, NU))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void avsnittetsTextSkrivsMedVersionen() {
            fixture.given(skapad())
                    .when(new SkrivAvsnittstext(ID, 0L, Avsnitt.AVVIKELSER, " Ökningen gäller en person.\n",
                            kvalitetssamordnare(), NU))
                    .expectEvents(skriven())
                    .expectResultMessagePayload(1L);
        }

        @Test
        void enGammalVersionGerKonflikt() {
            fixture.given(skapad(), skriven())
                    .when(new SkrivAvsnittstext(ID, 0L, Avsnitt.AVVIKELSER, "Annat", kvalitetssamordnare(), NU))
                    .expectException(ConflictingAggregateVersionException.class);
        }

        @Test
        void enKommentarHamnarBredvidEnTabellSomFinns() {
            fixture.given(skapad())
                    .when(new KommenteraTabell(ID, 0L, "avvikelser-topp-tre", "En brukare står för ökningen",
                            ledning(), NU))
                    .expectEvents(new TabellKommenterad(ID, "avvikelser-topp-tre", "En brukare står för ökningen",
                            LARS, NU));
        }

        @Test
        void enTabellSomInteFinnsKommenterasInte() {
            fixture.given(skapad())
                    .when(new KommenteraTabell(ID, 0L, "okand", "Text", ledning(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("finns inte"));
        }

        @Test
        void enHandlaggareSkriverInte() {
            fixture.given(skapad())
                    .when(new SkrivAvsnittstext(ID, 0L, Avsnitt.AVVIKELSER, "Text", handlaggare(), NU))
                    .expectException(BehorighetSaknas.class);
        }
    }

    @Nested
    class Faststallande {

        @Test
        void ledningenFaststallerForstaUtgavan() {
            fixture.given(skapad(), skriven())
                    .when(new FaststallKvalitetsberattelse(ID, 1L, ledning(), NU))
                    .expectEvents(faststalld());
        }

        @Test
        void kvalitetssamordnarenFaststallerInte() {
            fixture.given(skapad())
                    .when(new FaststallKvalitetsberattelse(ID, 0L, kvalitetssamordnare(), NU))
                    .expectException(BehorighetSaknas.class)
                    .expectExceptionMessage(containsString("ledningen"));
        }

        @Test
        void enFaststalldBerattelseOmgenererasInte() {
            fixture.given(skapad(), faststalld())
                    .when(new GenereraOmKvalitetsberattelse(ID, 1L, NYTT_INNEHALL, ledning(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("fastställd"));
        }

        @Test
        void enFaststalldBerattelsesTextAndrasInte() {
            fixture.given(skapad(), faststalld())
                    .when(new SkrivAvsnittstext(ID, 1L, Avsnitt.AVVIKELSER, "Ny text", ledning(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enFaststalldBerattelseKommenterasInte() {
            fixture.given(skapad(), faststalld())
                    .when(new KommenteraTabell(ID, 1L, "avvikelser-topp-tre", "Ny", ledning(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enFaststalldBerattelseFaststallsInteIgen() {
            fixture.given(skapad(), faststalld())
                    .when(new FaststallKvalitetsberattelse(ID, 1L, ledning(), NU))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class NyUtgava {

        @Test
        void enRattelsePaborjarUtgavaTvaMedAnledningen() {
            fixture.given(skapad(), faststalld())
                    .when(new PaborjaNyUtgava(ID, 1L, "Fel antal lex Sarah ", kvalitetssamordnare(), NU))
                    .expectEvents(new NyUtgavaPaborjad(ID, 2, "Fel antal lex Sarah", KARIN, NU));
        }

        @Test
        void denNyaUtgavanArEttUtkastSomKanAndrasOchFaststallas() {
            fixture.given(skapad(), faststalld(), new NyUtgavaPaborjad(ID, 2, "Rättelse", KARIN, NU))
                    .when(new FaststallKvalitetsberattelse(ID, 2L, ledning(), NU))
                    .expectEvents(new KvalitetsberattelseFaststalld(ID, 2, LARS, NU));
        }

        @Test
        void ettUtkastFarIngenNyUtgava() {
            fixture.given(skapad())
                    .when(new PaborjaNyUtgava(ID, 0L, "Rättelse", kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void anledningKravs() {
            fixture.given(skapad(), faststalld())
                    .when(new PaborjaNyUtgava(ID, 1L, " ", kvalitetssamordnare(), NU))
                    .expectException(JSR303ViolationException.class);
        }
    }
}
