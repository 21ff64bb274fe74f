package se.kvalitetsledning.riskanalys;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.riskanalys.Riskanalyshistorik.INLEDD;
import static se.kvalitetsledning.riskanalys.Riskanalyshistorik.KARIN;
import static se.kvalitetsledning.riskanalys.Riskanalyshistorik.OLOF;
import static se.kvalitetsledning.riskanalys.Riskanalyshistorik.analysuppgifter;
import static se.kvalitetsledning.riskanalys.Riskanalyshistorik.uppgifter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.projektion.Batch;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Analysrakning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Granskningsrakning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Riskrakning;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

/**
 * The year's counters and the matrix, read from the index alone, equal what the analyses' documents give, however
 * the rows moved: each test ends by counting the documents the old way and comparing.
 */
class RiskanalysRakningTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant GRANSKAD = Instant.parse("2026-05-04T09:00:00Z");
    private static final Set<String> ENHETER = Set.of("solgarden", "ekbacken");

    private RiskanalysProjection projektion;
    private ProjectionHarness axon;
    private Riskanalyshistorik historik;

    @BeforeEach
    void nyProjektion() {
        projektion = new RiskanalysProjection(new RiskanalysRepository(mongo.template()));
        axon = new ProjectionHarness(projektion);
        historik = Riskanalyshistorik.till(axon);
    }

    @Test
    void enRiskRaknasEfterSinBedomningsFargOchStarIMatrisenEfterSenasteGranskningen() {
        var a = historik.inled("solgarden", Anledning.LOPANDE);
        var risk = historik.laggTill(a, "Fall", 1, 1, null, null);
        historik.publicera(a, new RiskAndrad(a, risk, uppgifter("Fall", 4, 2, null, null), OLOF, INLEDD));
        historik.publicera(a, new RiskGranskad(a, risk, new Riskbedomning(2, 2), "Larm", null, false, KARIN,
                GRANSKAD));

        assertThat(statistik(2026).risker()).containsExactly(new Riskrakning("solgarden", 2026, Riskfarg.ROD, 1));
        assertThat(matris().antal(2, 2)).isEqualTo(1);
        assertThat(matris().totalt()).isEqualTo(1);
        assertSammaSomDokumenten(2026);
    }

    @Test
    void enBorttagenRiskRaknasInteOchLamnarMatrisenMenDessGranskningRaknas() {
        var a = historik.inled("solgarden", Anledning.LOPANDE);
        var borta = historik.laggTill(a, "Dubblett", 3, 3, null, null);
        historik.laggTill(a, "Fall", 2, 1, null, null);
        historik.publicera(a, new RiskGranskad(a, borta, new Riskbedomning(3, 2), null, null, false, KARIN,
                GRANSKAD));
        historik.publicera(a, new RiskBorttagen(a, borta, OLOF, GRANSKAD));

        assertThat(statistik(2026).risker()).containsExactly(new Riskrakning("solgarden", 2026, Riskfarg.GRON, 1));
        assertThat(statistik(2026).granskningar()).containsExactly(new Granskningsrakning("solgarden", 2026, 1));
        assertThat(matris().totalt()).isEqualTo(1);
        assertThat(matris().antal(2, 1)).isEqualTo(1);
        assertSammaSomDokumenten(2026);
    }

    @Test
    void enHanteradRiskLamnarMatrisenMenRaknasUnderAret() {
        var a = historik.inled("solgarden", Anledning.LOPANDE);
        var risk = historik.laggTill(a, "Brand", 4, 4, null, null);
        historik.publicera(a, new RiskGranskad(a, risk, new Riskbedomning(2, 2), null, LocalDate.of(2026, 9, 1),
                false, KARIN, GRANSKAD));
        historik.publicera(a, new RiskGranskad(a, risk, new Riskbedomning(1, 1), "Sprinkler", null, true, KARIN,
                GRANSKAD.plusSeconds(3600)));

        assertThat(matris().totalt()).isZero();
        assertThat(statistik(2026).risker()).containsExactly(new Riskrakning("solgarden", 2026, Riskfarg.ROD, 1));
        assertThat(statistik(2026).granskningar()).containsExactly(new Granskningsrakning("solgarden", 2026, 2));
        assertSammaSomDokumenten(2026);
    }

    @Test
    void enAnalysSomFlyttasTillEttAnnatArOchEnAnnanEnhetTarMedSigSinaRader() {
        var a = historik.inled("solgarden", Anledning.LOPANDE);
        var risk = historik.laggTill(a, "Fall", 3, 2, null, null);
        historik.publicera(a, new RiskGranskad(a, risk, new Riskbedomning(3, 1), null, null, false, KARIN,
                GRANSKAD));
        historik.publicera(a, new RiskanalysAndrad(a, analysuppgifter("ekbacken", Anledning.EFTER_AVVIKELSE,
                LocalDate.of(2025, 11, 3)), KARIN, GRANSKAD));

        assertThat(statistik(2025).analyser()).containsExactly(
                new Analysrakning("ekbacken", 2025, Anledning.EFTER_AVVIKELSE, 1));
        assertThat(statistik(2026).analyser()).isEmpty();
        assertThat(statistik(2026).risker()).containsExactly(new Riskrakning("ekbacken", 2026, Riskfarg.ROD, 1));
        assertThat(statistik(2026).granskningar()).containsExactly(new Granskningsrakning("ekbacken", 2026, 1));
        assertThat(axon.query(new RaknaRiskmatris(Set.of("solgarden")), Riskmatris.class).totalt()).isZero();
        assertThat(matris().antal(3, 1)).isEqualTo(1);
        assertSammaSomDokumenten(2025, 2026);
    }

    @Test
    void enRiskOchEnGranskningVidNyarRaknasPaAretISvenskTid() {
        var a = historik.inled("solgarden", Anledning.LOPANDE);
        // 00:30 on New Year's Day in Stockholm, still the old year in UTC
        var nyarsnatt = Instant.parse("2025-12-31T23:30:00Z");
        var risk = historik.laggTill(a, uppgifter("Fyrverkeri", 2, 2, null, null), nyarsnatt);
        historik.publicera(a, new RiskGranskad(a, risk, new Riskbedomning(2, 1), null, null, false, KARIN,
                nyarsnatt.plusSeconds(60)));

        assertThat(statistik(2026).risker()).containsExactly(new Riskrakning("solgarden", 2026, Riskfarg.GUL, 1));
        assertThat(statistik(2026).granskningar()).containsExactly(new Granskningsrakning("solgarden", 2026, 1));
        assertThat(statistik(2025).risker()).isEmpty();
        assertSammaSomDokumenten(2025, 2026);
    }

    @Test
    void enAterleveradHandelseAndrarIngenting() {
        var a = historik.inled("solgarden", Anledning.LOPANDE);
        var risk = historik.laggTill(a, "Fall", 2, 2, null, null);
        historik.publicera(a, new RiskGranskad(a, risk, new Riskbedomning(1, 1), null, null, true, KARIN,
                GRANSKAD));
        var fore = index();

        historik.aterleverera(a, 0, new RiskanalysInledd(a, analysuppgifter("ekbacken", Anledning.ANNAN,
                LocalDate.of(2025, 1, 1)), KARIN, INLEDD));
        historik.aterleverera(a, 1, new RiskTillagd(a, risk, uppgifter("Fall", 4, 4, null, null), OLOF, INLEDD));
        historik.aterleverera(a, 2, new RiskGranskad(a, risk, new Riskbedomning(2, 2), null, null, false, KARIN,
                GRANSKAD));

        assertThat(index()).isEqualTo(fore);
        assertThat(matris().totalt()).isZero();
        assertSammaSomDokumenten(2025, 2026);
    }

    @Test
    void enBatchLamnarSammaIndexSomEnHandelseITagetOchAterstallningenTomIndexet() throws Exception {
        List<DomainEventMessage<?>> handelser = new ArrayList<>();
        flyttandeHistorik(Riskanalyshistorik.till(handelser::add));
        handelser.forEach(m -> Riskanalyshistorik.leverera(axon, m));
        var enITaget = index();
        var statistik = statistik(2026);
        var matris = matris();

        projektion.aterstall();
        assertThat(index()).isEmpty();
        List<Map<String, List<String>>> underTiden = new ArrayList<>();
        var resultat = new BatchingUnitOfWork<>(List.<EventMessage<?>>copyOf(handelser)).executeWithResult(() -> {
            Riskanalyshistorik.leverera(axon, (DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage());
            underTiden.add(index());
            Batch.skrivEfter(CurrentUnitOfWork.get());
            return null;
        });

        assertThat(resultat.isExceptional()).isFalse();
        assertThat(underTiden).as("nothing written before the last event").allMatch(Map::isEmpty);
        assertThat(index()).isEqualTo(enITaget);
        assertThat(statistik(2026)).isEqualTo(statistik);
        assertThat(matris()).isEqualTo(matris);
        assertThat(statistik.risker()).isNotEmpty();
        assertSammaSomDokumenten(2025, 2026);
    }

    /** Two analyses whose rows move several times: colours, reviews, a removal, a move of date and enhet. */
    private static void flyttandeHistorik(Riskanalyshistorik h) {
        var a = h.inled("solgarden", Anledning.LOPANDE);
        var b = h.inled("ekbacken", Anledning.INFOR_NYA_ARBETSSATT);
        var fall = h.laggTill(a, "Fall", 1, 1, null, null);
        var hot = h.laggTill(a, "Hot", 4, 4, null, null);
        var brand = h.laggTill(b, "Brand", 3, 3, null, null);
        h.publicera(a, new RiskAndrad(a, fall, uppgifter("Fall", 3, 3, null, null), OLOF, INLEDD));
        h.publicera(a, new RiskGranskad(a, fall, new Riskbedomning(2, 3), null, null, false, KARIN, GRANSKAD));
        h.publicera(b, new RiskGranskad(b, brand, new Riskbedomning(1, 2), null, null, true, KARIN, GRANSKAD));
        h.publicera(a, new RiskBorttagen(a, hot, OLOF, GRANSKAD));
        h.publicera(b, new RiskanalysAndrad(b, analysuppgifter("solgarden", Anledning.ANNAN,
                LocalDate.of(2025, 12, 1)), KARIN, GRANSKAD));
        h.aterleverera(a, 2, new RiskTillagd(a, fall, uppgifter("Fall", 1, 1, null, null), OLOF, INLEDD));
        h.laggTill(b, "Halka", 2, 1, null, null);
    }

    private RiskanalysStatistik statistik(int ar) {
        return axon.query(new RaknaRiskanalyser(ENHETER, ar), RiskanalysStatistik.class);
    }

    private Riskmatris matris() {
        return axon.query(new RaknaRiskmatris(ENHETER), Riskmatris.class);
    }

    /** The index as stored: each document's rows, sorted. */
    private static Map<String, List<String>> index() {
        Map<String, List<String>> index = new TreeMap<>();
        for (Document d : mongo.template().getCollection("riskanalys-index").find()) {
            index.put(d.getString("_id"), d.getList("rader", String.class).stream().sorted().toList());
        }
        return index;
    }

    /** The counters and the matrix from the index equal those counted over the analyses' documents. */
    private void assertSammaSomDokumenten(int... ar) {
        List<RiskanalysDokument> analyser = mongo.template().findAll(RiskanalysDokument.class).stream()
                .filter(d -> ENHETER.contains(d.enhet)).toList();
        for (int ett : ar) {
            assertThat(statistik(ett)).as("the counters of %d", ett).isEqualTo(statistikAv(analyser, ett));
        }
        assertThat(matris()).isEqualTo(RiskanalysSvar.matris(analyser.stream()
                .flatMap(d -> d.oppnaRisker().stream()).map(r -> r.aktuell).toList()));
    }

    private static RiskanalysStatistik statistikAv(List<RiskanalysDokument> analyser, int ar) {
        var risker = analyser.stream().flatMap(d -> d.risker.stream()
                .filter(r -> !r.borttagen && arAv(r.tillagd) == ar)
                .map(r -> new Riskrakning(d.enhet, ar, r.uppgifter.bedomning().farg(), 1))).toList();
        var analysrader = analyser.stream().filter(d -> d.datum.getYear() == ar)
                .map(d -> new Analysrakning(d.enhet, ar, d.anledning, 1)).toList();
        var granskningar = analyser.stream().flatMap(d -> d.risker.stream().flatMap(r -> r.granskningar.stream())
                .filter(g -> arAv(g.tid()) == ar).map(g -> new Granskningsrakning(d.enhet, ar, 1))).toList();
        return RiskanalysSvar.statistik(risker, analysrader, granskningar);
    }

    private static int arAv(Instant tid) {
        return tid.atZone(SvenskTid.ZON).getYear();
    }
}
