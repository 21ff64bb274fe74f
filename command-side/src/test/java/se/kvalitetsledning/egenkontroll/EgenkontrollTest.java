package se.kvalitetsledning.egenkontroll;

import static org.hamcrest.Matchers.containsString;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.ANNA;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.BESTALLNING;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.EKEN;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.HANNA;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.KARIN;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.KOMMENTAR;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.MALL;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.NU;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.PLAN;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.handlaggare;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.kvalitetssamordnare;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.medarbetare;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.medarbetareAsken;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.version1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;

class EgenkontrollTest {

    private static final EgenkontrollId ID = EgenkontrollId.av("7d3c9e1a-5b2f-4a6d-8c0e-9f1a2b3c4d5e");
    private static final YearMonth MARS = YearMonth.of(2026, 3);
    private static final Instant SENARE = NU.plusSeconds(3600);
    private static final List<String> AKTER = List.of("LSS-101", "LSS-102", "LSS-103", "LSS-104", "LSS-105");
    private static final Svar JA = Svar.av(Svarsalternativ.JA);
    private static final Svar NEJ = Svar.av(Svarsalternativ.NEJ);

    private final Map<KontrollmallId, Mallversion> publicerade = new HashMap<>();
    private FixtureConfiguration<Egenkontroll> fixture;

    @BeforeEach
    void setUp() {
        publicerade.put(MALL, version1());
        fixture = new AggregateTestFixture<>(Egenkontroll.class);
        fixture.registerInjectableResource((Kontrollmallar) mall -> Optional.ofNullable(publicerade.get(mall)));
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static EgenkontrollPlanerad planerad() {
        return new EgenkontrollPlanerad(ID, MALL, EKEN, MARS, HANNA, KARIN, NU);
    }

    private static EgenkontrollPaborjad paborjad() {
        return new EgenkontrollPaborjad(ID, version1(), HANNA, NU);
    }

    /** Two files: LSS-101 and LSS-102. */
    private static StickprovDraget draget() {
        return new StickprovDraget(ID, new Stickprov(549, List.of("LSS-101", "LSS-102"), 42L), HANNA, NU);
    }

    private static FragaBesvarad besvarad(String post, FragaId fraga, Svar svar) {
        return new FragaBesvarad(ID, post, fraga, svar, ANNA, NU);
    }

    @Nested
    class Planering {

        @Test
        void kvalitetssamordnarenPlanerarEnKontrollForEnManad() {
            fixture.givenNoPriorActivity()
                    .when(new PlaneraEgenkontroll(ID, MALL, EKEN, MARS, HANNA, kvalitetssamordnare(), NU))
                    .expectEvents(planerad());
        }

        @Test
        void enhetensHandlaggarePlanerarOcksa() {
            fixture.givenNoPriorActivity()
                    .when(new PlaneraEgenkontroll(ID, MALL, EKEN, MARS, HANNA, handlaggare(), NU))
                    .expectEvents(new EgenkontrollPlanerad(ID, MALL, EKEN, MARS, HANNA, HANNA, NU));
        }

        @Test
        void enMedarbetarePlanerarInte() {
            fixture.givenNoPriorActivity()
                    .when(new PlaneraEgenkontroll(ID, MALL, EKEN, MARS, ANNA, medarbetare(), NU))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void enMallUtanPubliceradVersionGarInteAttPlanera() {
            publicerade.clear();
            fixture.givenNoPriorActivity()
                    .when(new PlaneraEgenkontroll(ID, MALL, EKEN, MARS, HANNA, kvalitetssamordnare(), NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("ingen publicerad version"));
        }

        @Test
        void manadKravs() {
            fixture.givenNoPriorActivity()
                    .when(new PlaneraEgenkontroll(ID, MALL, EKEN, null, HANNA, kvalitetssamordnare(), NU))
                    .expectException(JSR303ViolationException.class);
        }

        @Test
        void omplaneringTillSammaManadOchAnsvarigRegistrerarIngenting() {
            fixture.given(planerad())
                    .when(new PlaneraOmEgenkontroll(ID, 0L, MARS, HANNA, kvalitetssamordnare(), SENARE))
                    .expectNoEvents();
        }

        @Test
        void enKontrollFlyttasTillEnAnnanManad() {
            fixture.given(planerad())
                    .when(new PlaneraOmEgenkontroll(ID, 0L, MARS.plusMonths(1), HANNA, kvalitetssamordnare(), SENARE))
                    .expectEvents(new EgenkontrollOmplanerad(ID, MARS.plusMonths(1), HANNA, KARIN, SENARE));
        }

        @Test
        void enInstalldKontrollPlanerasInteOm() {
            fixture.given(planerad(), new EgenkontrollInstalld(ID, "Enheten läggs ned", KARIN, NU))
                    .when(new PlaneraOmEgenkontroll(ID, 1L, MARS.plusMonths(1), HANNA, kvalitetssamordnare(), SENARE))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class Paborjan {

        @Test
        void denAnsvarigePaborjarMedSenastPubliceradeVersionen() {
            fixture.given(planerad())
                    .when(new PaborjaEgenkontroll(ID, 0L, handlaggare(), SENARE))
                    .expectEvents(new EgenkontrollPaborjad(ID, version1(), HANNA, SENARE));
        }

        @Test
        void enMedarbetarePaborjarInte() {
            fixture.given(planerad())
                    .when(new PaborjaEgenkontroll(ID, 0L, medarbetare(), SENARE))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void enPaborjadKontrollBehallerSinVersionNarMallenFarEnNy() {
            var plan = version1().fragor().get(0);
            var ny = new Fraga(new FragaId("ny-fraga"), "Ny fråga", Svarstyp.JA_NEJ_EJ_AKTUELLT, null,
                    plan.kvalitetsomrade(), true);
            publicerade.put(MALL, new Mallversion(MALL, 2, "Ny", null, version1().kvalitetsomraden(),
                    List.of(plan, ny), Trosklar.STANDARD));
            fixture.given(planerad(), paborjad(), draget())
                    .when(new BesvaraFraga(ID, 2L, "LSS-101", ny.id(), JA, medarbetare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("version 1"));
        }

        @Test
        void baraEnPlaneradKontrollPaborjas() {
            fixture.given(planerad(), paborjad())
                    .when(new PaborjaEgenkontroll(ID, 1L, handlaggare(), SENARE))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class Stickprovet {

        @Test
        void ettSeedatStickprovUrEnListaRegistrerasMedPopulationOchFro() {
            fixture.given(planerad(), paborjad())
                    .when(new DraStickprov(ID, 1L, null, AKTER, 2, 20260316L, handlaggare(), SENARE))
                    .expectEvents(new StickprovDraget(ID, Stickprovsdragning.ur(AKTER, 2, 20260316L), HANNA,
                            SENARE));
        }

        @Test
        void utanListaDrasPositionerUrPopulationensStorlek() {
            fixture.given(planerad(), paborjad())
                    .when(new DraStickprov(ID, 1L, 549, null, 165, 7L, handlaggare(), SENARE))
                    .expectEvents(new StickprovDraget(ID, Stickprovsdragning.urNumrering(549, 165, 7L), HANNA,
                            SENARE));
        }

        @Test
        void utanStickprovsstorlekTasHelaPopulationen() {
            fixture.given(planerad(), paborjad())
                    .when(new DraStickprov(ID, 1L, null, AKTER, null, 7L, handlaggare(), SENARE))
                    .expectEvents(new StickprovDraget(ID, new Stickprov(5, AKTER, null), HANNA, SENARE));
        }

        @Test
        void antingenStorlekEllerLista() {
            fixture.given(planerad(), paborjad())
                    .when(new DraStickprov(ID, 1L, 5, AKTER, 2, 7L, handlaggare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("antingen"));
        }

        @Test
        void stickprovetFarInteVaraStorreAnPopulationen() {
            fixture.given(planerad(), paborjad())
                    .when(new DraStickprov(ID, 1L, null, AKTER, 6, 7L, handlaggare(), SENARE))
                    .expectException(RegelBrott.class);
        }

        @Test
        void dubbletterIListanAvvisas() {
            fixture.given(planerad(), paborjad())
                    .when(new DraStickprov(ID, 1L, null, List.of("LSS-101", "LSS-101"), 1, 7L, handlaggare(),
                            SENARE))
                    .expectException(RegelBrott.class);
        }

        @Test
        void stickprovetAndrasInteNarSvarFinns() {
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, JA))
                    .when(new DraStickprov(ID, 3L, null, AKTER, 2, 8L, handlaggare(), SENARE))
                    .expectException(RegelBrott.class);
        }

        @Test
        void inteForeKontrollenPaborjats() {
            fixture.given(planerad())
                    .when(new DraStickprov(ID, 0L, null, AKTER, 2, 7L, handlaggare(), SENARE))
                    .expectException(RegelBrott.class);
        }
    }

    @Nested
    class Svaren {

        @Test
        void enMedarbetarePaEnhetenSvarar() {
            fixture.given(planerad(), paborjad(), draget())
                    .when(new BesvaraFraga(ID, 2L, "LSS-101", PLAN, JA, medarbetare(), SENARE))
                    .expectEvents(new FragaBesvarad(ID, "LSS-101", PLAN, JA, ANNA, SENARE))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void ettSvarAndrasMedEnNyHandelse() {
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, JA))
                    .when(new BesvaraFraga(ID, 3L, "LSS-101", PLAN, NEJ, medarbetare(), SENARE))
                    .expectEvents(new FragaBesvarad(ID, "LSS-101", PLAN, NEJ, ANNA, SENARE));
        }

        @Test
        void sammaSvarIgenRegistrerarIngenting() {
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, JA))
                    .when(new BesvaraFraga(ID, 3L, "LSS-101", PLAN, JA, medarbetare(), SENARE))
                    .expectNoEvents();
        }

        @Test
        void fleraSvararSamtidigtPaOlikaPoster() {
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, JA))
                    .when(new BesvaraFraga(ID, 2L, "LSS-102", PLAN, NEJ, handlaggare(), SENARE))
                    .expectEvents(new FragaBesvarad(ID, "LSS-102", PLAN, NEJ, HANNA, SENARE));
        }

        @Test
        void ettSvarSomAndratsAvNagonAnnanSedanDessKonfliktar() {
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, JA))
                    .when(new BesvaraFraga(ID, 2L, "LSS-101", PLAN, NEJ, handlaggare(), SENARE))
                    .expectException(ConflictingAggregateVersionException.class);
        }

        @Test
        void svaretMastePassaSvarstypen() {
            fixture.given(planerad(), paborjad(), draget())
                    .when(new BesvaraFraga(ID, 2L, "LSS-101", PLAN, Svar.tal(BigDecimal.ONE), medarbetare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("Ja / Nej / Ej aktuellt"));
        }

        @Test
        void postenMasteFinnasIStickprovet() {
            fixture.given(planerad(), paborjad(), draget())
                    .when(new BesvaraFraga(ID, 2L, "LSS-999", PLAN, JA, medarbetare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("stickprovet"));
        }

        @Test
        void inteForeStickprovetDragits() {
            fixture.given(planerad(), paborjad())
                    .when(new BesvaraFraga(ID, 1L, "LSS-101", PLAN, JA, medarbetare(), SENARE))
                    .expectException(RegelBrott.class);
        }

        @Test
        void personalPaEnAnnanEnhetSvararInte() {
            fixture.given(planerad(), paborjad(), draget())
                    .when(new BesvaraFraga(ID, 2L, "LSS-101", PLAN, JA, medarbetareAsken(), SENARE))
                    .expectException(BehorighetSaknas.class);
        }
    }

    @Nested
    class Slutforande {

        @Test
        void enObesvaradObligatoriskFragaSomGallerHindrarSlutforandet() {
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, JA),
                            besvarad("LSS-102", PLAN, NEJ))
                    .when(new SlutforEgenkontroll(ID, 4L, handlaggare(), SENARE))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("1 obligatoriska svar saknas,"
                            + " det första fråga plan-motsvarar-bestallning för post nr 1"));
        }

        @Test
        void enVillkoradFragaKravsInteDarVillkoretInteGallerOchResultatetRegistreras() {
            var svar = Map.of("LSS-101", Map.of(PLAN, JA, BESTALLNING, NEJ), "LSS-102", Map.of(PLAN, NEJ));
            Resultat resultat = Resultatberakning.berakna(version1(), List.of("LSS-101", "LSS-102"),
                    (post, fraga) -> svar.get(post).get(fraga));
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, JA),
                            besvarad("LSS-101", BESTALLNING, NEJ), besvarad("LSS-102", PLAN, NEJ))
                    .when(new SlutforEgenkontroll(ID, 5L, handlaggare(), SENARE))
                    .expectEvents(new EgenkontrollGenomford(ID, resultat, HANNA, SENARE));
        }

        @Test
        void resultatetRaknasMedDenVersionKontrollenAnvande() {
            var andel = new Andel(1, 2);
            var resultat = new Resultat(List.of(
                    new Fragaresultat(PLAN, Svarstyp.JA_NEJ_EJ_AKTUELLT,
                            version1().fragor().get(0).kvalitetsomrade(), 2, 0, andel, Trafikljus.ROD, null),
                    new Fragaresultat(BESTALLNING, Svarstyp.JA_NEJ_EJ_AKTUELLT,
                            version1().fragor().get(1).kvalitetsomrade(), 1, 0, new Andel(0, 1), Trafikljus.ROD, null),
                    new Fragaresultat(KOMMENTAR, Svarstyp.FRITEXT, version1().fragor().get(2).kvalitetsomrade(),
                            2, 0, null, null, null)),
                    new Andel(1, 3), Trafikljus.ROD);
            publicerade.clear();
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, JA),
                            besvarad("LSS-101", BESTALLNING, NEJ), besvarad("LSS-102", PLAN, NEJ))
                    .when(new SlutforEgenkontroll(ID, 5L, handlaggare(), SENARE))
                    .expectEvents(new EgenkontrollGenomford(ID, resultat, HANNA, SENARE));
        }

        @Test
        void enMedarbetareSlutforInte() {
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, NEJ),
                            besvarad("LSS-102", PLAN, NEJ))
                    .when(new SlutforEgenkontroll(ID, 4L, medarbetare(), SENARE))
                    .expectException(BehorighetSaknas.class);
        }

        @Test
        void enGenomfordKontrollStallsInteIn() {
            fixture.given(planerad(), paborjad(), draget(), besvarad("LSS-101", PLAN, NEJ),
                            besvarad("LSS-102", PLAN, NEJ),
                            new EgenkontrollGenomford(ID, new Resultat(List.of(), new Andel(0, 2), Trafikljus.ROD),
                                    HANNA, NU))
                    .when(new StallInEgenkontroll(ID, 5L, "Fel mall", kvalitetssamordnare(), SENARE))
                    .expectException(RegelBrott.class);
        }

        @Test
        void enPlaneradKontrollStallsInMedSkal() {
            fixture.given(planerad())
                    .when(new StallInEgenkontroll(ID, 0L, "Enheten läggs ned", kvalitetssamordnare(), SENARE))
                    .expectEvents(new EgenkontrollInstalld(ID, "Enheten läggs ned", KARIN, SENARE));
        }

        @Test
        void skalKravs() {
            fixture.given(planerad())
                    .when(new StallInEgenkontroll(ID, 0L, " ", kvalitetssamordnare(), SENARE))
                    .expectException(JSR303ViolationException.class);
        }
    }
}
