package se.kvalitetsledning.atgard;

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

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

class AtgardTest {

    private static final AtgardId ID = AtgardId.av("3c6a1d8e-2f4b-4e9a-9b7c-1a2b3c4d5e6f");
    /** Tuesday 10 March 2025, 10:00 in Sweden. */
    private static final Instant NU = Instant.parse("2025-03-10T09:00:00Z");
    private static final LocalDate FORFALLER = LocalDate.of(2025, 4, 30);
    private static final EnhetId EKEN = new EnhetId("gruppbostad-eken");
    private static final EnhetId ASKEN = new EnhetId("gruppbostad-asken");
    private static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    private static final Anvandare BO = new Anvandare("bo", "Bo Berg");
    private static final Anvandare LARS = new Anvandare("lars", "Lars Nord");
    private static final Kalla AVVIKELSE = new Kalla(Kalltyp.AVVIKELSE, "6f7d2c1e-3b9a-4c55-9a51-0b2f1c7e8d42");
    private static final Atgardsuppgifter UPPGIFTER = new Atgardsuppgifter("Ny rutin för överlämning",
            "Överlämningen sker med två personal", Atgardstyp.FOREBYGGANDE,
            Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), Set.of(EKEN), BO, FORFALLER,
            "Inga fler knuffar vid överlämning", "Antal avvikelser per kvartal", Prioritet.HOG);

    private FixtureConfiguration<Atgard> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Atgard.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static Aktor handlaggare() {
        return new Aktor(HANNA, Set.of(Roll.HANDLAGGARE), Set.of(EKEN));
    }

    private static Aktor agaren() {
        return new Aktor(BO, Set.of(Roll.MEDARBETARE), Set.of(EKEN));
    }

    private static Aktor ledning() {
        return new Aktor(LARS, Set.of(Roll.LEDNING), Set.of(EKEN, ASKEN));
    }

    private static AtgardForeslagen foreslagen() {
        return new AtgardForeslagen(ID, UPPGIFTER, Set.of(AVVIKELSE), HANNA, NU);
    }

    @Nested
    class Forslag {

        @Test
        void handlaggarenForeslarFranEnKalla() {
            fixture.givenNoPriorActivity()
                    .when(new ForeslaAtgard(ID, UPPGIFTER, Set.of(AVVIKELSE), handlaggare(), NU))
                    .expectEvents(foreslagen());
        }

        @Test
        void enAtgardUtanKallaGarBra() {
            fixture.givenNoPriorActivity()
                    .when(new ForeslaAtgard(ID, UPPGIFTER, Set.of(), ledning(), NU))
                    .expectEvents(new AtgardForeslagen(ID, UPPGIFTER, Set.of(), LARS, NU));
        }

        @Test
        void enMedarbetareForeslarInte() {
            fixture.givenNoPriorActivity()
                    .when(new ForeslaAtgard(ID, UPPGIFTER, Set.of(), agaren(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void allaEnheterMasteHandlaggas() {
            var tvaEnheter = new Atgardsuppgifter("Titel", null, Atgardstyp.KORRIGERANDE, Set.of(),
                    Set.of(EKEN, ASKEN), BO, FORFALLER, null, null, Prioritet.LAG);
            fixture.givenNoPriorActivity()
                    .when(new ForeslaAtgard(ID, tvaEnheter, Set.of(), handlaggare(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void forfallodatumSomPasseratAvvisas() {
            var passerat = new Atgardsuppgifter("Titel", null, Atgardstyp.KORRIGERANDE, Set.of(), Set.of(EKEN), BO,
                    LocalDate.of(2025, 3, 9), null, null, Prioritet.LAG);
            fixture.givenNoPriorActivity()
                    .when(new ForeslaAtgard(ID, passerat, Set.of(), handlaggare(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void titelKravs() {
            var utanTitel = new Atgardsuppgifter(" ", null, Atgardstyp.KORRIGERANDE, Set.of(), Set.of(EKEN), BO,
                    FORFALLER, null, null, Prioritet.LAG);
            fixture.givenNoPriorActivity()
                    .when(new ForeslaAtgard(ID, utanTitel, Set.of(), handlaggare(), NU))
                    .expectException(JSR303ViolationException.class);
        }
    }

    @Nested
    class Livscykel {

        @Test
        void helaVagenFranBeslutTillUtvarderadEffekt() {
            fixture.given(foreslagen(), new AtgardBeslutad(ID, HANNA, NU), new AtgardPaborjad(ID, BO, NU),
                            new AtgardGenomford(ID, "Rutinen infördes", BO, NU))
                    .when(new UtvarderaAtgardensEffekt(ID, 3L, Effektutfall.FICK_EFFEKT,
                            "Inga avvikelser vid överlämning på tre månader", agaren(), NU))
                    .expectEvents(new AtgardensEffektUtvarderad(ID, Effektutfall.FICK_EFFEKT,
                            "Inga avvikelser vid överlämning på tre månader", BO, NU))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void agarenBeslutarInte() {
            fixture.given(foreslagen())
                    .when(new BeslutaAtgard(ID, 0L, agaren(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void enForeslagenAtgardPaborjasInte() {
            fixture.given(foreslagen())
                    .when(new PaborjaAtgard(ID, 0L, agaren(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("beslutad"));
        }

        @Test
        void beslutadAtgardKanGenomforasDirekt() {
            fixture.given(foreslagen(), new AtgardBeslutad(ID, HANNA, NU))
                    .when(new GenomforAtgard(ID, 1L, " ", agaren(), NU))
                    .expectEvents(new AtgardGenomford(ID, null, BO, NU));
        }

        @Test
        void effektUtvarderasBaraEfterGenomforande() {
            fixture.given(foreslagen(), new AtgardBeslutad(ID, HANNA, NU))
                    .when(new UtvarderaAtgardensEffekt(ID, 1L, Effektutfall.DELVIS, "Evidens", agaren(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void avskrivenAtgardKanInteGenomforas() {
            fixture.given(foreslagen(), new AtgardAvskriven(ID, "Ersatt av en annan", HANNA, NU))
                    .when(new GenomforAtgard(ID, 1L, null, agaren(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void genomfordAtgardKanInteAvskrivas() {
            fixture.given(foreslagen(), new AtgardBeslutad(ID, HANNA, NU), new AtgardGenomford(ID, null, BO, NU))
                    .when(new AvskrivAtgard(ID, 2L, "Skäl", handlaggare(), NU))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class Forfallodatum {

        @Test
        void flyttMedSkalBevarasMedFranOchTill() {
            fixture.given(foreslagen())
                    .when(new FlyttaAtgardensForfallodatum(ID, 0L, LocalDate.of(2025, 6, 30), "Utbildningen flyttad",
                            agaren(), NU))
                    .expectEvents(new AtgardensForfallodatumFlyttat(ID, FORFALLER, LocalDate.of(2025, 6, 30),
                            "Utbildningen flyttad", BO, NU));
        }

        @Test
        void flyttUtanSkalAvvisas() {
            fixture.given(foreslagen())
                    .when(new FlyttaAtgardensForfallodatum(ID, 0L, LocalDate.of(2025, 6, 30), "", agaren(), NU))
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void passeratForfallodatumRegistrerasEnGangPerDatum() {
            Instant efter = Instant.parse("2025-05-01T06:00:00Z");
            fixture.given(foreslagen())
                    .when(new PaminnOmForsenadAtgard(ID, efter))
                    .expectEvents(new AtgardForsenad(ID, FORFALLER, efter));
        }

        @Test
        void sammaDatumPaminnsInteIgen() {
            Instant efter = Instant.parse("2025-05-01T06:00:00Z");
            fixture.given(foreslagen(), new AtgardForsenad(ID, FORFALLER, efter))
                    .when(new PaminnOmForsenadAtgard(ID, efter.plusSeconds(3600)))
                    .expectNoEvents();
        }

        @Test
        void ettNyttDatumPaminnsNarDetPasserat() {
            Instant efter = Instant.parse("2025-07-01T06:00:00Z");
            LocalDate nytt = LocalDate.of(2025, 6, 30);
            fixture.given(foreslagen(), new AtgardForsenad(ID, FORFALLER, efter),
                            new AtgardensForfallodatumFlyttat(ID, FORFALLER, nytt, "Skäl", BO, NU))
                    .when(new PaminnOmForsenadAtgard(ID, efter))
                    .expectEvents(new AtgardForsenad(ID, nytt, efter));
        }

        @Test
        void sistaDagenArInteForsenad() {
            fixture.given(foreslagen())
                    .when(new PaminnOmForsenadAtgard(ID, Instant.parse("2025-04-30T20:00:00Z")))
                    .expectNoEvents();
        }

        @Test
        void genomfordAtgardPaminnsInte() {
            fixture.given(foreslagen(), new AtgardBeslutad(ID, HANNA, NU), new AtgardGenomford(ID, null, BO, NU))
                    .when(new PaminnOmForsenadAtgard(ID, Instant.parse("2025-06-01T06:00:00Z")))
                    .expectNoEvents();
        }
    }

    @Nested
    class Kallor {

        @Test
        void enAtgardKanAdresseraFleraKallor() {
            Kalla annan = new Kalla(Kalltyp.LEX_SARAH, "0b8e4f52-61d3-4c1a-8f0e-5d2a7c9b3e11");
            fixture.given(foreslagen())
                    .when(new LaggTillAtgardensKalla(ID, 0L, annan, handlaggare(), NU))
                    .expectEvents(new AtgardensKallaTillagd(ID, annan, HANNA, NU));
        }

        @Test
        void enGenomfordAtgardKopplasInteTillFler() {
            fixture.given(foreslagen(), new AtgardBeslutad(ID, HANNA, NU), new AtgardGenomford(ID, null, BO, NU))
                    .when(new LaggTillAtgardensKalla(ID, 2L, new Kalla(Kalltyp.LEX_SARAH, "x"), handlaggare(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void sammaKallaTvaGangerAvvisas() {
            fixture.given(foreslagen())
                    .when(new LaggTillAtgardensKalla(ID, 0L, AVVIKELSE, handlaggare(), NU))
                    .expectException(RegelBrott.class);
        }
    }
}
