package se.kvalitetsledning.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.ANNA;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.EKEN;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.HANNA;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.KARIN;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.MALL;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.NU;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.PLAN;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.genomforandeplan;
import static se.kvalitetsledning.egenkontroll.EgenkontrollFixtures.version1;
import static se.kvalitetsledning.testdata.JsonRundtur.json;
import static se.kvalitetsledning.testdata.JsonRundtur.rundtur;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event reads back equal from the JSON it is stored as, and a snapshot of each aggregate keeps its state. */
class EgenkontrollJsonTest {

    private static final EgenkontrollId ID = EgenkontrollId.av("7d3c9e1a-5b2f-4a6d-8c0e-9f1a2b3c4d5e");
    private static final YearMonth MARS = YearMonth.of(2026, 3);
    private static final Svar JA = Svar.av(Svarsalternativ.JA);

    static Stream<Object> handelser() {
        List<String> poster = List.of("LSS-101", "LSS-102");
        Resultat resultat = Resultatberakning.berakna(version1(), poster, (post, fraga) -> JA);
        return Stream.of(
                new KontrollmallSkapad(MALL, "Genomförandeplan", null, version1().kvalitetsomraden(), KARIN, NU),
                new KontrollmallutkastAndrat(MALL, 1, genomforandeplan(), KARIN, NU),
                new KontrollmallPublicerad(MALL, version1(), KARIN, NU),
                new EgenkontrollPlanerad(ID, MALL, EKEN, MARS, HANNA, KARIN, NU),
                new EgenkontrollOmplanerad(ID, MARS.plusMonths(1), ANNA, KARIN, NU),
                new EgenkontrollPaborjad(ID, version1(), HANNA, NU),
                new StickprovDraget(ID, Stickprovsdragning.ur(poster, 1, 7L), HANNA, NU),
                new StickprovDraget(ID, Stickprovsdragning.hela(poster), HANNA, NU),
                new FragaBesvarad(ID, "LSS-101", PLAN, JA, ANNA, NU),
                new FragaBesvarad(ID, "LSS-101", new FragaId("dagar"), Svar.tal(new BigDecimal("61.5")), ANNA, NU),
                new EgenkontrollGenomford(ID, resultat, HANNA, NU),
                new EgenkontrollGenomford(ID, Resultatberakning.berakna(version1(), poster, (post, fraga) -> null),
                        HANNA, NU),
                new EgenkontrollInstalld(ID, "Enheten läggs ned", KARIN, NU));
    }

    @ParameterizedTest
    @MethodSource("handelser")
    void handelsenLasesTillbakaLika(Object handelse) {
        assertThat(rundtur(handelse)).isEqualTo(handelse);
    }

    @Test
    void ettTomtResultatSkrivsUtanProcentOchFarg() {
        String json = json(Resultatberakning.berakna(version1(), List.of("1"), (post, fraga) -> null).totalt());

        assertThat(json).isEqualTo("{\"ja\":0,\"av\":0}");
    }

    @Test
    void ogonblicksbildenAvEnEgenkontrollBehallerSvaren() {
        var egenkontroll = new Egenkontroll();
        egenkontroll.on(new EgenkontrollPlanerad(ID, MALL, EKEN, MARS, HANNA, KARIN, NU));
        egenkontroll.on(new EgenkontrollPaborjad(ID, version1(), HANNA, NU));
        egenkontroll.on(new StickprovDraget(ID, Stickprovsdragning.hela(List.of("LSS-101")), HANNA, NU));
        egenkontroll.on(new FragaBesvarad(ID, "LSS-101", PLAN, JA, ANNA, NU));

        assertThat(json(rundtur(egenkontroll))).isEqualTo(json(egenkontroll)).contains("\"plan-finns\"");
    }

    @Test
    void ogonblicksbildenAvEnKontrollmallBehallerUtkastet() {
        var mall = new Kontrollmall();
        mall.on(new KontrollmallSkapad(MALL, "Genomförandeplan", null, version1().kvalitetsomraden(), KARIN, NU));
        mall.on(new KontrollmallutkastAndrat(MALL, 1, genomforandeplan(), KARIN, NU));
        mall.on(new KontrollmallPublicerad(MALL, version1(), KARIN, NU));

        assertThat(json(rundtur(mall))).isEqualTo(json(mall)).contains("\"utkastversion\":2");
    }
}
