package se.kvalitetsledning.riskanalys;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.riskanalys.Riskanalyshistorik.INLEDD;
import static se.kvalitetsledning.riskanalys.Riskanalyshistorik.KARIN;
import static se.kvalitetsledning.riskanalys.Riskanalyshistorik.OLOF;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Analysrakning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Granskningsrakning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Riskrakning;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class RiskanalysProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant FASTSTALLD = Instant.parse("2026-03-20T09:00:00Z");
    private static final Instant GRANSKAD = Instant.parse("2026-05-04T09:00:00Z");
    private static final LocalDate IDAG = LocalDate.of(2026, 6, 1);

    private ProjectionHarness axon;
    private Riskanalyshistorik historik;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new RiskanalysProjection(new RiskanalysRepository(mongo.template())));
        historik = Riskanalyshistorik.till(axon);
    }

    @Test
    void analysenVisasHelMedSinaRiskerOchTidslinje() {
        var id = inled("solgarden", Anledning.INFOR_ANDRAD_BEMANNING);
        var kalla = new Kalla(Kalltyp.AVVIKELSE, "a1");
        var fall = laggTill(id, "Fall i badrum", 3, 2, LocalDate.of(2026, 9, 1), kalla);
        var borta = laggTill(id, "Dubblett", 1, 1, null, null);
        publicera(id, new RiskBorttagen(id, borta, OLOF, INLEDD));
        publicera(id, new RiskanalysFaststalld(id, KARIN, FASTSTALLD));

        var d = hamta(id);
        assertThat(d.version()).isEqualTo(4);
        assertThat(d.faststalld()).isTrue();
        assertThat(d.faststalldAv()).isEqualTo(KARIN);
        assertThat(d.team()).containsExactly(OLOF);
        assertThat(d.risker()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(fall.toString());
            assertThat(r.riskvarde()).isEqualTo(6);
            assertThat(r.farg()).isEqualTo(Riskfarg.ROD);
            assertThat(r.kalla()).isEqualTo(kalla);
            assertThat(r.befintligaBarriarer()).isEqualTo("Halkmatta");
            assertThat(r.kvarvarande()).isEqualTo(new Riskbedomning(3, 1));
        });
        assertThat(d.historik()).extracting(RiskanalysDetaljer.Handelse::rubrik)
                .containsExactly("Inledd", "Risk tillagd", "Risk tillagd", "Risk borttagen", "Fastställd");
    }

    @Test
    void enGammalHandelseAndrarIngenting() {
        var id = inled("solgarden", Anledning.LOPANDE);
        var risk = laggTill(id, "Fall", 2, 2, null, null);
        historik.aterleverera(id, 1, new RiskAndrad(id, risk, Riskanalyshistorik.uppgifter("Annat", 4, 4, null, null),
                OLOF, INLEDD));

        assertThat(hamta(id).risker()).extracting(RiskanalysDetaljer.Riskpost::beskrivning).containsExactly("Fall");
    }

    @Test
    void registretVisarDeOppnaRiskernaHogstRiskvardeForstMedForsenadGranskning() {
        var a = inled("solgarden", Anledning.LOPANDE);
        laggTill(a, "Medicin fel dos", 2, 4, LocalDate.of(2026, 5, 1), null);
        var hanterad = laggTill(a, "Brand", 4, 4, LocalDate.of(2026, 9, 1), null);
        var sankt = laggTill(a, "Hot", 4, 3, LocalDate.of(2026, 9, 1), null);
        publicera(a, new RiskanalysFaststalld(a, KARIN, FASTSTALLD));
        publicera(a, new RiskGranskad(a, hanterad, new Riskbedomning(1, 1), "Sprinkler", null, true, KARIN,
                GRANSKAD));
        publicera(a, new RiskGranskad(a, sankt, new Riskbedomning(2, 1), "Larm", LocalDate.of(2026, 11, 1), false,
                KARIN, GRANSKAD));
        var b = inled("solgarden", Anledning.EFTER_AVVIKELSE);
        laggTill(b, "Fall", 3, 3, null, null);
        laggTill(inled("ekbacken", Anledning.LOPANDE), "Annan enhet", 4, 4, null, null);

        var register = axon.queryList(new ListaRiskregister(Set.of("solgarden"), IDAG), Registerrisk.class);

        assertThat(register).extracting(Registerrisk::beskrivning).containsExactly("Fall", "Medicin fel dos", "Hot");
        assertThat(register).extracting(Registerrisk::riskvarde).containsExactly(9, 8, 2);
        assertThat(register).extracting(Registerrisk::granskningForsenad).containsExactly(false, true, false);
        assertThat(register.get(2).nastaGranskning()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(hamta(a).risk(hanterad.toString()).granskningar()).singleElement()
                .satisfies(g -> assertThat(g.kommentar()).isEqualTo("Sprinkler"));
    }

    @Test
    void matrisenRaknarDeOppnaRiskernaPerKonsekvensOchSannolikhet() {
        var a = inled("solgarden", Anledning.LOPANDE);
        laggTill(a, "Fall", 3, 2, null, null);
        laggTill(a, "Fall igen", 3, 2, null, null);
        var borta = laggTill(a, "Hot", 4, 4, null, null);
        publicera(a, new RiskBorttagen(a, borta, OLOF, INLEDD));
        laggTill(inled("ekbacken", Anledning.LOPANDE), "Brand", 1, 4, null, null);
        laggTill(inled("lonnen", Anledning.LOPANDE), "Utanför urvalet", 1, 1, null, null);

        var matris = axon.query(new RaknaRiskmatris(Set.of("solgarden", "ekbacken")), Riskmatris.class);

        assertThat(matris.rutor()).hasSize(16);
        assertThat(matris.antal(3, 2)).isEqualTo(2);
        assertThat(matris.antal(1, 4)).isEqualTo(1);
        assertThat(matris.antal(4, 4)).isZero();
        assertThat(matris.totalt()).isEqualTo(3);
        assertThat(matris.rutor().get(0)).satisfies(r -> {
            assertThat(r.konsekvens()).isEqualTo(4);
            assertThat(r.sannolikhet()).isEqualTo(1);
        });
    }

    @Test
    void raknarRiskerPerFargAnalyserPerAnledningOchGranskningarUnderAret() {
        var a = inled("solgarden", Anledning.LOPANDE);
        var rod = laggTill(a, "Fall", 4, 2, LocalDate.of(2026, 9, 1), null);
        laggTill(a, "Glömd nyckel", 1, 1, null, null);
        laggTill(a, "Sen insats", 2, 2, null, null);
        publicera(a, new RiskanalysFaststalld(a, KARIN, FASTSTALLD));
        publicera(a, new RiskGranskad(a, rod, new Riskbedomning(1, 1), null, null, true, KARIN, GRANSKAD));
        inled("solgarden", Anledning.LOPANDE);
        inled("solgarden", Anledning.EFTER_AVVIKELSE);

        var statistik = axon.query(new RaknaRiskanalyser(Set.of("solgarden"), 2026), RiskanalysStatistik.class);
        var ifjol = axon.query(new RaknaRiskanalyser(Set.of("solgarden"), 2025), RiskanalysStatistik.class);

        assertThat(statistik.risker()).containsExactly(new Riskrakning("solgarden", 2026, Riskfarg.GRON, 1),
                new Riskrakning("solgarden", 2026, Riskfarg.GUL, 1),
                new Riskrakning("solgarden", 2026, Riskfarg.ROD, 1));
        assertThat(statistik.analyser()).containsExactly(
                new Analysrakning("solgarden", 2026, Anledning.LOPANDE, 2),
                new Analysrakning("solgarden", 2026, Anledning.EFTER_AVVIKELSE, 1));
        assertThat(statistik.granskningar()).containsExactly(new Granskningsrakning("solgarden", 2026, 1));
        assertThat(ifjol.risker()).isEmpty();
        assertThat(ifjol.analyser()).isEmpty();
        assertThat(ifjol.granskningar()).isEmpty();
    }

    @Test
    void listanFiltrerarPaAnledningOchFaststallande() {
        var a = inled("solgarden", Anledning.LOPANDE);
        laggTill(a, "Fall", 4, 2, null, null);
        publicera(a, new RiskanalysFaststalld(a, KARIN, FASTSTALLD));
        var b = inled("solgarden", Anledning.EFTER_AVVIKELSE);

        assertThat(lista(new ListaRiskanalyser(Set.of("solgarden"), null, null))).hasSize(2);
        assertThat(lista(new ListaRiskanalyser(Set.of("solgarden"), null, true))).singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(a.toString());
                    assertThat(r.oppnaRisker()).isEqualTo(1);
                    assertThat(r.hogstaRiskvarde()).isEqualTo(8);
                });
        assertThat(lista(new ListaRiskanalyser(Set.of("solgarden"), Anledning.EFTER_AVVIKELSE, null)))
                .extracting(RiskanalysRad::id).containsExactly(b.toString());
        assertThat(lista(new ListaRiskanalyser(Set.of("ekbacken"), null, null))).isEmpty();
    }

    private RiskanalysId inled(String enhet, Anledning anledning) {
        return historik.inled(enhet, anledning);
    }

    private RiskId laggTill(RiskanalysId id, String beskrivning, int konsekvens, int sannolikhet,
                            LocalDate granskas, Kalla kalla) {
        return historik.laggTill(id, beskrivning, konsekvens, sannolikhet, granskas, kalla);
    }

    private void publicera(RiskanalysId id, Object handelse) {
        historik.publicera(id, handelse);
    }

    private RiskanalysDetaljer hamta(RiskanalysId id) {
        return axon.query(new HamtaRiskanalys(id), RiskanalysDetaljer.class);
    }

    private List<RiskanalysRad> lista(ListaRiskanalyser fraga) {
        return axon.queryList(fraga, RiskanalysRad.class);
    }
}
