package se.kvalitetsledning.synpunkt;

import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardKoppladTillKalla;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

class SynpunktTest {

    private static final SynpunktId ID = SynpunktId.av("5b1f8e2a-9c3d-4f7a-8e6b-2d4c6a8e0f13");
    /** Thursday 2 April 2026, 10:00 in Sweden: Easter is ahead. */
    private static final Instant NU = Instant.parse("2026-04-02T08:00:00Z");
    private static final Instant SENARE = NU.plusSeconds(3600);
    private static final EnhetId EKEN = new EnhetId("gruppbostad-eken");
    private static final EnhetId ASKEN = new EnhetId("gruppbostad-asken");
    private static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    private static final Kontaktuppgifter KONTAKT = new Kontaktuppgifter("Eva Ek", "eva@example.se", null, null);

    private FixtureConfiguration<Synpunkt> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Synpunkt.class);
        fixture.registerInjectableResource(Synpunktsregler.STANDARD);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static Aktor handlaggare() {
        return new Aktor(HANNA, Set.of(Roll.HANDLAGGARE), Set.of(EKEN));
    }

    private static Aktor handlaggareAsken() {
        return new Aktor(new Anvandare("olof", "Olof Ek"), Set.of(Roll.HANDLAGGARE), Set.of(ASKEN));
    }

    private static Aktor kvalitetssamordnare() {
        return new Aktor(new Anvandare("karin", "Karin Lund"), Set.of(Roll.KVALITETSSAMORDNARE), Set.of(EKEN));
    }

    private static TaEmotSynpunkt viaEtjansten(EnhetId enhet, Kontaktuppgifter kontakt) {
        return new TaEmotSynpunkt(ID, Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, enhet, NU, "Maten var kall",
                "Varm mat", kontakt, null, NU);
    }

    private static SynpunktInkommen inkommen(EnhetId enhet, Kontaktuppgifter kontakt) {
        return new SynpunktInkommen(ID, Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, enhet, NU, "Maten var kall",
                "Varm mat", kontakt, null, NU);
    }

    /** Acknowledge within 2 working days: over Easter 2026 that is Wednesday 8 April. */
    private static SynpunktensFristSatt kvittensfrist() {
        return new SynpunktensFristSatt(ID, SynpunktFristtyp.KVITTENS, Instant.parse("2026-04-08T22:00:00Z"));
    }

    /** A handler within 5 working days: Tuesday 7 to Monday 13 April, långfredagen and annandag påsk skipped. */
    private static SynpunktensFristSatt handlaggarfrist() {
        return new SynpunktensFristSatt(ID, SynpunktFristtyp.HANDLAGGARE, Instant.parse("2026-04-13T22:00:00Z"));
    }

    private static SynpunktensFristSatt svarsfrist() {
        return new SynpunktensFristSatt(ID, SynpunktFristtyp.SVAR, Instant.parse("2026-04-16T22:00:00Z"));
    }

    @Nested
    class Mottagande {

        @Test
        void etjanstenMedKontaktSatterAllaTreFristerIArbetsdagar() {
            fixture.givenNoPriorActivity()
                    .when(viaEtjansten(EKEN, KONTAKT))
                    .expectEvents(inkommen(EKEN, KONTAKT), kvittensfrist(), handlaggarfrist(), svarsfrist());
        }

        @Test
        void anonymSynpunktFarBaraHandlaggarfristen() {
            fixture.givenNoPriorActivity()
                    .when(viaEtjansten(null, null))
                    .expectEvents(inkommen(null, null), handlaggarfrist());
        }

        @Test
        void utanInloggningBaraViaEtjansten() {
            fixture.givenNoPriorActivity()
                    .when(new TaEmotSynpunkt(ID, Synpunktstyp.SYNPUNKT, Kanal.TELEFON, EKEN, NU, "Text", null, null,
                            null, NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void personalRegistrerarEttSamtalMedMottagningsdagenBakat() {
            Instant igar = NU.minusSeconds(86_400);
            fixture.givenNoPriorActivity()
                    .when(new TaEmotSynpunkt(ID, Synpunktstyp.BEROM, Kanal.TELEFON, EKEN, igar, "Tack för god vård",
                            null, null, handlaggare(), NU))
                    .expectEvents(new SynpunktInkommen(ID, Synpunktstyp.BEROM, Kanal.TELEFON, EKEN, igar,
                                    "Tack för god vård", null, null, HANNA, NU),
                            new SynpunktensFristSatt(ID, SynpunktFristtyp.HANDLAGGARE,
                                    Instant.parse("2026-04-10T22:00:00Z")));
        }

        @Test
        void personalForAnnanEnhetRegistrerarInte() {
            fixture.givenNoPriorActivity()
                    .when(new TaEmotSynpunkt(ID, Synpunktstyp.SYNPUNKT, Kanal.BREV, EKEN, NU, "Text", null, null,
                            handlaggareAsken(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void enMedarbetareRegistrerarInte() {
            var medarbetare = new Aktor(new Anvandare("anna", "Anna Andersson"), Set.of(Roll.MEDARBETARE),
                    Set.of(EKEN));
            fixture.givenNoPriorActivity()
                    .when(new TaEmotSynpunkt(ID, Synpunktstyp.SYNPUNKT, Kanal.BESOK, EKEN, NU, "Text", null, null,
                            medarbetare, NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void tomBeskrivningAvvisas() {
            fixture.givenNoPriorActivity()
                    .when(new TaEmotSynpunkt(ID, Synpunktstyp.SYNPUNKT, Kanal.E_TJANST, null, NU, " ", null, null,
                            null, NU))
                    .expectException(JSR303ViolationException.class);
        }
    }

    @Nested
    class Handlaggning {

        @Test
        void kvittensUppfyllerFristen() {
            fixture.given(inkommen(EKEN, KONTAKT), kvittensfrist(), handlaggarfrist(), svarsfrist())
                    .when(new KvitteraSynpunkt(ID, 3L, "Telefon", handlaggare(), SENARE))
                    .expectEvents(new SynpunktKvitterad(ID, "Telefon", HANNA, SENARE),
                            new SynpunktensFristUppfylld(ID, SynpunktFristtyp.KVITTENS, SENARE))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void automatiskKvittensRegistrerasEnGang() {
            fixture.given(inkommen(EKEN, KONTAKT), kvittensfrist(), new SynpunktKvitterad(ID, "Telefon", HANNA, NU))
                    .when(new RegistreraAutomatiskKvittens(ID, SENARE))
                    .expectNoEvents();
        }

        @Test
        void anonymKanInteKvitterasEllerBesvaras() {
            fixture.given(inkommen(EKEN, null), handlaggarfrist())
                    .when(new BesvaraSynpunkt(ID, 1L, "Svar", "Brev", LocalDate.of(2026, 4, 2), handlaggare(),
                            SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("anonym"));
        }

        @Test
        void okandEnhetHandlaggsAvKvalitetssamordnarenSomGerDenEnEnhet() {
            fixture.given(inkommen(null, KONTAKT), kvittensfrist(), handlaggarfrist(), svarsfrist())
                    .when(new TilldelaSynpunkt(ID, 3L, EKEN, HANNA, kvalitetssamordnare(), SENARE))
                    .expectEvents(new SynpunktTilldelad(ID, EKEN, HANNA, new Anvandare("karin", "Karin Lund"),
                                    SENARE),
                            new SynpunktensFristUppfylld(ID, SynpunktFristtyp.HANDLAGGARE, SENARE));
        }

        @Test
        void handlaggareKanInteTaEnSynpunktUtanEnhet() {
            fixture.given(inkommen(null, KONTAKT))
                    .when(new TilldelaSynpunkt(ID, 0L, EKEN, HANNA, handlaggare(), SENARE))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void vidarebefordringUpphaverFristernaOchAvslutar() {
            fixture.given(inkommen(EKEN, KONTAKT), kvittensfrist(), handlaggarfrist(), svarsfrist())
                    .when(new VidarebefordraSynpunkt(ID, 3L, "Region Skåne", "Din synpunkt gäller regionen",
                            handlaggare(), SENARE))
                    .expectEvents(
                            new SynpunktensFristUpphavd(ID, SynpunktFristtyp.KVITTENS, "Synpunkten vidarebefordrades",
                                    SENARE),
                            new SynpunktensFristUpphavd(ID, SynpunktFristtyp.HANDLAGGARE,
                                    "Synpunkten vidarebefordrades", SENARE),
                            new SynpunktensFristUpphavd(ID, SynpunktFristtyp.SVAR, "Synpunkten vidarebefordrades",
                                    SENARE),
                            new SynpunktVidarebefordrad(ID, "Region Skåne", "Din synpunkt gäller regionen", HANNA,
                                    SENARE));
        }
    }

    @Nested
    class Eskalering {

        private EskaleraSynpunkt eskalera(Eskaleringsmal mal, Aktor aktor) {
            return new EskaleraSynpunkt(ID, null, mal, "Personalen ska ha slagit brukaren", aktor, SENARE);
        }

        private SynpunktEskalerad eskalerad(Eskaleringsmal mal, String arende) {
            return new SynpunktEskalerad(ID, mal, arende, "Personalen ska ha slagit brukaren", HANNA, SENARE);
        }

        @Test
        void tillLexSarahMedDetHarleddaArendetsIdOchNyVersion() {
            fixture.given(inkommen(EKEN, KONTAKT), kvittensfrist(), handlaggarfrist(), svarsfrist())
                    .when(eskalera(Eskaleringsmal.LEX_SARAH, handlaggare()))
                    .expectEvents(eskalerad(Eskaleringsmal.LEX_SARAH, ID.lexSarah().toString()))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void tillAvvikelseOchSedanTillLexSarahMenVarjeMalEnGang() {
            fixture.given(inkommen(EKEN, KONTAKT), eskalerad(Eskaleringsmal.AVVIKELSE, ID.avvikelse().toString()))
                    .when(eskalera(Eskaleringsmal.LEX_SARAH, handlaggare()))
                    .expectEvents(eskalerad(Eskaleringsmal.LEX_SARAH, ID.lexSarah().toString()));
            fixture.given(inkommen(EKEN, KONTAKT), eskalerad(Eskaleringsmal.AVVIKELSE, ID.avvikelse().toString()))
                    .when(eskalera(Eskaleringsmal.AVVIKELSE, handlaggare()))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("redan eskalerad till en avvikelse"));
        }

        @Test
        void synpunktUtanEnhetGesEnEnhetForst() {
            fixture.given(inkommen(null, KONTAKT))
                    .when(eskalera(Eskaleringsmal.AVVIKELSE, kvalitetssamordnare()))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("till en enhet"));
        }

        @Test
        void baraEnhetensHandlaggareEskalerar() {
            fixture.given(inkommen(EKEN, KONTAKT))
                    .when(eskalera(Eskaleringsmal.LEX_SARAH, handlaggareAsken()))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void inteEnAvslutadSynpunkt() {
            fixture.given(inkommen(EKEN, null), new SynpunktAvslutad(ID, Set.of(), null, HANNA, NU))
                    .when(eskalera(Eskaleringsmal.LEX_SARAH, handlaggare()))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("avslutad"));
        }

        @Test
        void tomKommentarSparasSomIngen() {
            fixture.given(inkommen(EKEN, KONTAKT))
                    .when(new EskaleraSynpunkt(ID, 0L, Eskaleringsmal.AVVIKELSE, "  ", handlaggare(), SENARE))
                    .expectEvents(new SynpunktEskalerad(ID, Eskaleringsmal.AVVIKELSE, ID.avvikelse().toString(), null,
                            HANNA, SENARE));
        }
    }

    @Nested
    class Avslut {

        private final SynpunktUtredd utredd = new SynpunktUtredd(ID, null,
                Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET),
                Set.of(Orsaksomrade.MANNISKA), "Köket hade fel temperatur", HANNA, NU);

        @Test
        void kravsUtredning() {
            fixture.given(inkommen(EKEN, null))
                    .when(new AvslutaSynpunkt(ID, 0L, null, handlaggare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("utredning saknas"));
        }

        @Test
        void kravsSvarNarAvsandarenKanBesvaras() {
            fixture.given(inkommen(EKEN, KONTAKT), utredd)
                    .when(new AvslutaSynpunkt(ID, 1L, null, handlaggare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("inte fått svar"));
        }

        @Test
        void anonymAvslutasUtanSvar() {
            fixture.given(inkommen(EKEN, null), handlaggarfrist(), utredd)
                    .when(new AvslutaSynpunkt(ID, 2L, null, handlaggare(), SENARE))
                    .expectEvents(new SynpunktensFristUpphavd(ID, SynpunktFristtyp.HANDLAGGARE,
                                    "Synpunkten avslutades", SENARE),
                            new SynpunktAvslutad(ID, Set.of(), null, HANNA, SENARE));
        }

        @Test
        void oppenAtgardKraverSkal() {
            AtgardId atgard = AtgardId.nytt();
            fixture.given(inkommen(EKEN, null), utredd,
                            new AtgardKoppladTillKalla(new Kalla(Kalltyp.SYNPUNKT, ID.toString()), atgard, "Ny rutin",
                                    NU))
                    .when(new AvslutaSynpunkt(ID, 2L, null, handlaggare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("fortsätter självständigt"));
        }

        @Test
        void avslutadSynpunktKanInteAndras() {
            fixture.given(inkommen(EKEN, null), utredd, new SynpunktAvslutad(ID, Set.of(), null, HANNA, NU))
                    .when(new UtredSynpunkt(ID, 2L, null, Set.of(), Set.of(), "Mer", handlaggare(), SENARE))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class Paminnelse {

        @Test
        void passeradFristRegistrerasEnGang() {
            Instant efter = Instant.parse("2026-04-09T06:00:00Z");
            fixture.given(inkommen(EKEN, KONTAKT), kvittensfrist())
                    .when(new PaminnOmSynpunktsfrist(ID, SynpunktFristtyp.KVITTENS, efter))
                    .expectEvents(new SynpunktensFristOverskriden(ID, SynpunktFristtyp.KVITTENS,
                            Instant.parse("2026-04-08T22:00:00Z"), efter));
            fixture.given(inkommen(EKEN, KONTAKT), kvittensfrist(), new SynpunktensFristOverskriden(ID,
                            SynpunktFristtyp.KVITTENS, Instant.parse("2026-04-08T22:00:00Z"), efter))
                    .when(new PaminnOmSynpunktsfrist(ID, SynpunktFristtyp.KVITTENS, efter.plusSeconds(60)))
                    .expectNoEvents();
        }
    }
}
