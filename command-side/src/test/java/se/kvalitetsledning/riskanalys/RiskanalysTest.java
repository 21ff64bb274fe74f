package se.kvalitetsledning.riskanalys;

import static org.assertj.core.api.Assertions.assertThat;
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

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

class RiskanalysTest {

    private static final RiskanalysId ID = RiskanalysId.av("2a4c6e8f-0b1d-4f3a-9c5e-7d9f1b3d5f7a");
    private static final RiskId RISK = RiskId.av("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
    /** Monday 16 March 2026, 10:00 in Sweden. */
    private static final Instant NU = Instant.parse("2026-03-16T09:00:00Z");
    private static final EnhetId EKEN = new EnhetId("gruppbostad-eken");
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    private static final Anvandare ANNA = new Anvandare("anna", "Anna Andersson");
    private static final Anvandare LARS = new Anvandare("lars", "Lars Nord");
    private static final Riskanalysuppgifter UPPGIFTER = new Riskanalysuppgifter(Anledning.INFOR_ANDRAD_BEMANNING,
            EKEN, "Nattbemanningen går från två till en", Set.of(HANNA, ANNA), LocalDate.of(2026, 3, 16));
    private static final Kalla AVVIKELSE = new Kalla(Kalltyp.AVVIKELSE, "6f7d2c1e-3b9a-4c55-9a51-0b2f1c7e8d42");
    private static final Riskuppgifter FALL = new Riskuppgifter("Brukare faller nattetid utan att någon hör",
            "En personal kan inte vara i båda husen", new Riskbedomning(3, 3), "Larm på rummet",
            "Rörelselarm och tillsyn varje timme", new Riskbedomning(3, 1), LocalDate.of(2026, 9, 1), AVVIKELSE);

    private FixtureConfiguration<Riskanalys> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Riskanalys.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static Aktor handlaggare() {
        return new Aktor(HANNA, Set.of(Roll.HANDLAGGARE), Set.of(EKEN));
    }

    private static Aktor iTeamet() {
        return new Aktor(ANNA, Set.of(Roll.MEDARBETARE), Set.of(EKEN));
    }

    private static Aktor annanMedarbetare() {
        return new Aktor(new Anvandare("bo", "Bo Berg"), Set.of(Roll.MEDARBETARE), Set.of(EKEN));
    }

    private static Aktor kvalitetssamordnare() {
        return new Aktor(KARIN, Set.of(Roll.KVALITETSSAMORDNARE), Set.of());
    }

    private static Aktor ledning() {
        return new Aktor(LARS, Set.of(Roll.LEDNING), Set.of(EKEN));
    }

    private static RiskanalysInledd inledd() {
        return new RiskanalysInledd(ID, UPPGIFTER, HANNA, NU);
    }

    private static RiskTillagd tillagd() {
        return new RiskTillagd(ID, RISK, FALL, ANNA, NU);
    }

    private static RiskanalysFaststalld faststalld() {
        return new RiskanalysFaststalld(ID, LARS, NU);
    }

    @Test
    void riskvardetArKonsekvensGangerSannolikhetMedAvvikelsernasFarg() {
        assertThat(FALL.bedomning().riskvarde()).isEqualTo(9);
        assertThat(FALL.bedomning().farg()).isEqualTo(Riskfarg.ROD);
        assertThat(new Riskbedomning(1, 3).farg()).isEqualTo(Riskfarg.GRON);
        assertThat(new Riskbedomning(2, 2).farg()).isEqualTo(Riskfarg.GUL);
    }

    @Nested
    class Inledning {

        @Test
        void enhetensHandlaggareInlederEnAnalysInforAndradBemanning() {
            fixture.givenNoPriorActivity()
                    .when(new InledRiskanalys(ID, UPPGIFTER, handlaggare(), NU))
                    .expectEvents(inledd());
        }

        @Test
        void enMedarbetareInlederInte() {
            fixture.givenNoPriorActivity()
                    .when(new InledRiskanalys(ID, UPPGIFTER, iTeamet(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void processKravs() {
            var utanProcess = new Riskanalysuppgifter(Anledning.LOPANDE, EKEN, "", Set.of(), LocalDate.of(2026, 3, 16));
            fixture.givenNoPriorActivity()
                    .when(new InledRiskanalys(ID, utanProcess, handlaggare(), NU))
                    .expectException(JSR303ViolationException.class);
        }
    }

    @Nested
    class Risker {

        @Test
        void teametLaggerTillEnRiskMedKalla() {
            fixture.given(inledd())
                    .when(new LaggTillRisk(ID, 0L, RISK, FALL, iTeamet(), NU))
                    .expectEvents(tillagd())
                    .expectResultMessagePayload(1L);
        }

        @Test
        void denSomInteArITeametLaggerInteTill() {
            fixture.given(inledd())
                    .when(new LaggTillRisk(ID, 0L, RISK, FALL, annanMedarbetare(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void enRiskUtanSannolikhetAvvisas() {
            var utanSannolikhet = new Riskuppgifter("Fall", null, new Riskbedomning(3, null), null, null, null, null,
                    null);
            fixture.given(inledd())
                    .when(new LaggTillRisk(ID, 0L, RISK, utanSannolikhet, iTeamet(), NU))
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void enRiskUtanBedomningAvvisas() {
            var utanBedomning = new Riskuppgifter("Fall", null, null, null, null, null, null, null);
            fixture.given(inledd())
                    .when(new LaggTillRisk(ID, 0L, RISK, utanBedomning, iTeamet(), NU))
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void kvarvarandeRiskKraverOcksaBadaSkalorna() {
            var halv = new Riskuppgifter("Fall", null, new Riskbedomning(3, 3), null, null, new Riskbedomning(null, 1),
                    null, null);
            fixture.given(inledd())
                    .when(new LaggTillRisk(ID, 0L, RISK, halv, iTeamet(), NU))
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void konsekvensOverFyraAvvisas() {
            var fem = new Riskuppgifter("Fall", null, new Riskbedomning(5, 1), null, null, null, null, null);
            fixture.given(inledd())
                    .when(new LaggTillRisk(ID, 0L, RISK, fem, iTeamet(), NU))
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void enRiskKanInteKommaFranEnAnnanRisk() {
            var franRisk = new Riskuppgifter("Fall", null, new Riskbedomning(2, 2), null, null, null, null,
                    new Kalla(Kalltyp.RISK, RISK.toString()));
            fixture.given(inledd())
                    .when(new LaggTillRisk(ID, 0L, RISK, franRisk, iTeamet(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enRiskAndrasHelt() {
            var lagre = new Riskuppgifter("Fall", null, new Riskbedomning(2, 2), null, null, null, null, null);
            fixture.given(inledd(), tillagd())
                    .when(new AndraRisk(ID, 1L, RISK, lagre, iTeamet(), NU))
                    .expectEvents(new RiskAndrad(ID, RISK, lagre, ANNA, NU));
        }

        @Test
        void enRiskTasBort() {
            fixture.given(inledd(), tillagd())
                    .when(new TaBortRisk(ID, 1L, RISK, handlaggare(), NU))
                    .expectEvents(new RiskBorttagen(ID, RISK, HANNA, NU));
        }

        @Test
        void enRiskSomInteFinnsAndrasInte() {
            fixture.given(inledd())
                    .when(new AndraRisk(ID, 0L, RISK, FALL, iTeamet(), NU))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class Faststallande {

        @Test
        void ledningenFaststaller() {
            fixture.given(inledd(), tillagd())
                    .when(new FaststallRiskanalys(ID, 1L, ledning(), NU))
                    .expectEvents(faststalld());
        }

        @Test
        void enHandlaggareFaststallerInte() {
            fixture.given(inledd(), tillagd())
                    .when(new FaststallRiskanalys(ID, 1L, handlaggare(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void enAnalysUtanRiskerFaststallsInte() {
            fixture.given(inledd())
                    .when(new FaststallRiskanalys(ID, 0L, kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enFaststalldAnalysRiskerAndrasInte() {
            fixture.given(inledd(), tillagd(), faststalld())
                    .when(new AndraRisk(ID, 2L, RISK, FALL, handlaggare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("fastställd"));
        }

        @Test
        void enFaststalldAnalysFarIngaNyaRisker() {
            fixture.given(inledd(), tillagd(), faststalld())
                    .when(new LaggTillRisk(ID, 2L, RiskId.av("11111111-2222-4333-8444-555555555555"), FALL,
                            handlaggare(), NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enFaststalldAnalysAndrasInte() {
            fixture.given(inledd(), tillagd(), faststalld())
                    .when(new AndraRiskanalys(ID, 2L, UPPGIFTER, handlaggare(), NU))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class Granskning {

        private static final LocalDate NASTA = LocalDate.of(2026, 9, 1);

        @Test
        void enFaststalldAnalysRiskGranskasMedNastaDatum() {
            fixture.given(inledd(), tillagd(), faststalld())
                    .when(new GranskaRisk(ID, 2L, RISK, new Riskbedomning(3, 2), "Rörelselarm installerat", NASTA,
                            false, handlaggare(), NU))
                    .expectEvents(new RiskGranskad(ID, RISK, new Riskbedomning(3, 2), "Rörelselarm installerat", NASTA,
                            false, HANNA, NU));
        }

        @Test
        void foreFaststallandetGranskasIngenting() {
            fixture.given(inledd(), tillagd())
                    .when(new GranskaRisk(ID, 1L, RISK, new Riskbedomning(3, 2), null, NASTA, false, handlaggare(),
                            NU))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enRiskSomKvarstarBehoverNastaGranskning() {
            fixture.given(inledd(), tillagd(), faststalld())
                    .when(new GranskaRisk(ID, 2L, RISK, new Riskbedomning(3, 2), null, null, false, handlaggare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("nästa gång"));
        }

        @Test
        void enHanteradRiskGranskasInteIgen() {
            fixture.given(inledd(), tillagd(), faststalld(),
                            new RiskGranskad(ID, RISK, new Riskbedomning(1, 1), "Åtgärdat", null, true, HANNA, NU))
                    .when(new GranskaRisk(ID, 3L, RISK, new Riskbedomning(3, 2), null, NASTA, false, handlaggare(),
                            NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("hanterad"));
        }

        @Test
        void teametGranskarInte() {
            fixture.given(inledd(), tillagd(), faststalld())
                    .when(new GranskaRisk(ID, 2L, RISK, new Riskbedomning(3, 2), null, NASTA, false, iTeamet(), NU))
                    .expectException(BehorighetSaknas.class);
        }
    }
}
