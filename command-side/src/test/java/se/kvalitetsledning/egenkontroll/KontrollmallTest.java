package se.kvalitetsledning.egenkontroll;

import static org.hamcrest.Matchers.containsString;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.BESTALLNING;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.KARIN;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.MALL;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.NU;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.PLAN;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.genomforandeplan;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.handlaggare;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.kvalitetssamordnare;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.version1;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.testdata.Referensdatafixtures;

class KontrollmallTest {

    private static final Instant SENARE = NU.plusSeconds(3600);

    private FixtureConfiguration<Kontrollmall> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Kontrollmall.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static KontrollmallSkapad skapad() {
        return new KontrollmallSkapad(MALL, "Genomförandeplan, utförare", "Aktgranskning av genomförandeplaner",
                Set.of(Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING), KARIN, NU);
    }

    private static KontrollmallutkastAndrat utkast(int version, Mallinnehall innehall) {
        return new KontrollmallutkastAndrat(MALL, version, innehall, KARIN, NU);
    }

    private static KontrollmallPublicerad publicerad1() {
        return new KontrollmallPublicerad(MALL, version1(), KARIN, NU);
    }

    /** The seeds' template with the conditional question's text reworded. */
    private static Mallinnehall omformulerad() {
        Mallinnehall plan = genomforandeplan();
        Fraga bestallning = plan.fragor().get(1);
        Fraga ny = new Fraga(BESTALLNING, "Planen svarar mot beställningen/uppdraget", bestallning.svarstyp(),
                bestallning.villkor(), bestallning.kvalitetsomrade(), true);
        return new Mallinnehall(plan.namn(), plan.beskrivning(), plan.kvalitetsomraden(),
                List.of(plan.fragor().get(0), ny, plan.fragor().get(2)), plan.trosklar());
    }

    @Nested
    class Skapande {

        @Test
        void kvalitetssamordnarenSkaparEnKontrolltyp() {
            fixture.givenNoPriorActivity()
                    .when(new SkapaKontrollmall(MALL, "Genomförandeplan, utförare",
                            "Aktgranskning av genomförandeplaner", Set.of(Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING),
                            kvalitetssamordnare(), NU))
                    .expectEvents(skapad());
        }

        @Test
        void administratorenFarOcksa() {
            fixture.givenNoPriorActivity()
                    .when(new SkapaKontrollmall(MALL, "Barnperspektiv", null, Set.of(), Referensdatafixtures.ADMIN,
                            NU))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void enHandlaggareFarInte() {
            fixture.givenNoPriorActivity()
                    .when(new SkapaKontrollmall(MALL, "Barnperspektiv", null, Set.of(), handlaggare(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void namnKravs() {
            fixture.givenNoPriorActivity()
                    .when(new SkapaKontrollmall(MALL, " ", null, Set.of(), kvalitetssamordnare(), NU))
                    .expectException(JSR303ViolationException.class);
        }
    }

    @Nested
    class Utkast {

        @Test
        void utkastetAndrasHelt() {
            fixture.given(skapad())
                    .when(new AndraKontrollmallutkast(MALL, 0L, genomforandeplan(), kvalitetssamordnare(), NU))
                    .expectEvents(utkast(1, genomforandeplan()))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void ettOforandratUtkastRegistrerarIngenting() {
            fixture.given(skapad(), utkast(1, genomforandeplan()))
                    .when(new AndraKontrollmallutkast(MALL, 1L, genomforandeplan(), kvalitetssamordnare(), NU))
                    .expectNoEvents();
        }

        @Test
        void enPubliceradVersionAndrasInteEnAndringBlirNastaVersion() {
            fixture.given(skapad(), utkast(1, genomforandeplan()), publicerad1())
                    .when(new AndraKontrollmallutkast(MALL, 2L, omformulerad(), kvalitetssamordnare(), SENARE))
                    .expectEvents(new KontrollmallutkastAndrat(MALL, 2, omformulerad(), KARIN, SENARE));
        }

        @Test
        void enFelaktigFragaAvvisas() {
            Mallinnehall plan = genomforandeplan();
            var utanText = new Fraga(PLAN, "", Svarstyp.JA_NEJ_EJ_AKTUELLT, null,
                    Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING, true);
            fixture.given(skapad())
                    .when(new AndraKontrollmallutkast(MALL, 0L, new Mallinnehall(plan.namn(), null, Set.of(),
                            List.of(utanText), Trosklar.STANDARD), kvalitetssamordnare(), NU))
                    .expectException(JSR303ViolationException.class);
        }
    }

    @Nested
    class Publicering {

        @Test
        void utkastetPublicerasHeltSomVersion1() {
            fixture.given(skapad(), utkast(1, genomforandeplan()))
                    .when(new PubliceraKontrollmall(MALL, 1L, kvalitetssamordnare(), NU))
                    .expectEvents(publicerad1());
        }

        @Test
        void nastaPubliceringBlirVersion2() {
            fixture.given(skapad(), utkast(1, genomforandeplan()), publicerad1(), utkast(2, omformulerad()))
                    .when(new PubliceraKontrollmall(MALL, 3L, kvalitetssamordnare(), SENARE))
                    .expectEvents(new KontrollmallPublicerad(MALL, Mallversion.av(MALL, 2, omformulerad()), KARIN,
                            SENARE));
        }

        @Test
        void utanAndringarSedanSenastePubliceringenFinnsIngetAttPublicera() {
            fixture.given(skapad(), utkast(1, genomforandeplan()), publicerad1())
                    .when(new PubliceraKontrollmall(MALL, 2L, kvalitetssamordnare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("version 1"));
        }

        @Test
        void enMallUtanFragorPubliceras() {
            fixture.given(skapad())
                    .when(new PubliceraKontrollmall(MALL, 0L, kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("Mallen har inga frågor"));
        }

        @Test
        void ettVillkorMotEnSenareFragaAvvisas() {
            Mallinnehall plan = genomforandeplan();
            var baklanges = new Mallinnehall(plan.namn(), null, Set.of(),
                    List.of(plan.fragor().get(1), plan.fragor().get(0)), Trosklar.STANDARD);
            fixture.given(skapad(), utkast(1, baklanges))
                    .when(new PubliceraKontrollmall(MALL, 1L, kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("pekar inte på en tidigare fråga"));
        }

        @Test
        void gulOverGronAvvisas() {
            Mallinnehall plan = genomforandeplan();
            var fel = new Mallinnehall(plan.namn(), null, Set.of(), plan.fragor(), new Trosklar(60, 80));
            fixture.given(skapad(), utkast(1, fel))
                    .when(new PubliceraKontrollmall(MALL, 1L, kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("gul"));
        }

        @Test
        void enHandlaggarePublicerarInte() {
            Aktor hanna = handlaggare();
            fixture.given(skapad(), utkast(1, genomforandeplan()))
                    .when(new PubliceraKontrollmall(MALL, 1L, hanna, NU))
                    .expectException(BehorighetSaknas.class);
        }
    }
}
