package se.kvalitetsledning.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.egenkontroll.EgenkontrollStatistik.Rakning;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Enhetslage;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Planlage;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Planpost;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class EgenkontrollProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final KontrollmallId MALL = KontrollmallId.nytt();
    private static final FragaId PLAN = new FragaId("plan-finns");
    private static final FragaId BESTALLNING = new FragaId("plan-motsvarar-bestallning");
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Anvandare OLOF = new Anvandare("olof", "Olof Ek");
    private static final Instant TID = Instant.parse("2026-03-10T09:00:00Z");
    private static final LocalDate IDAG = LocalDate.of(2026, 3, 10);
    private static final Mallinnehall INNEHALL = new Mallinnehall("Genomförandeplan, utförare", null,
            Set.of(Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING), List.of(
            new Fraga(PLAN, "Det finns en aktuell plan", Svarstyp.JA_NEJ_EJ_AKTUELLT, null,
                    Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING, true),
            new Fraga(BESTALLNING, "Planen motsvarar beställningen", Svarstyp.JA_NEJ_EJ_AKTUELLT,
                    new Villkor(PLAN, Svarsalternativ.JA), Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING, true)),
            Trosklar.STANDARD);

    private final Map<Object, Long> sekvens = new HashMap<>();
    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        var mallar = new KontrollmallRepository(mongo.template());
        axon = new ProjectionHarness(new KontrollmallProjection(mallar),
                new EgenkontrollProjection(new EgenkontrollRepository(mongo.template()), mallar));
        publiceraMall();
    }

    @Test
    void mallenVisasMedUtkastOchPubliceradeVersioner() {
        publicera("Kontrollmall", MALL, new KontrollmallutkastAndrat(MALL, 2, INNEHALL, KARIN, TID));

        var mall = axon.query(new HamtaKontrollmall(MALL), KontrollmallDetaljer.class);
        assertThat(mall.versioner()).extracting(Mallversion::nummer).containsExactly(1);
        assertThat(mall.versioner().get(0).fragor()).hasSize(2);
        assertThat(mall.utkastversion()).isEqualTo(2);
        assertThat(mall.utkastAndrat()).isTrue();
        assertThat(mall.version()).isEqualTo(3);
        assertThat(axon.queryList(new ListaKontrollmallar(), KontrollmallRad.class))
                .extracting(KontrollmallRad::namn, KontrollmallRad::senastPublicerad)
                .containsExactly(tuple("Genomförandeplan, utförare", 1));
    }

    @Test
    void resultatetRaknasUnderTidenOchSlutligtMedVillkoradeFragor() {
        var id = paborja("eken", YearMonth.of(2026, 3));
        publicera(id, new StickprovDraget(id, new Stickprov(10, List.of("a", "b", "c", "d"), 7L), OLOF, TID));
        svara(id, "a", PLAN, Svarsalternativ.JA);
        svara(id, "a", BESTALLNING, Svarsalternativ.JA);
        svara(id, "b", PLAN, Svarsalternativ.NEJ);

        var pagaende = hamta(id);
        assertThat(pagaende.resultat()).isNull();
        assertThat(pagaende.preliminartResultat().fragor()).extracting(Fragaresultat::andel)
                .containsExactly(new Andel(1, 2), new Andel(1, 1));
        assertThat(pagaende.saknadeSvar()).isEqualTo(2);
        assertThat(pagaende.svar()).extracting(EgenkontrollDetaljer.Besvarat::av).containsOnly(OLOF);

        svara(id, "b", PLAN, Svarsalternativ.JA);
        svara(id, "b", BESTALLNING, Svarsalternativ.NEJ);
        svara(id, "c", PLAN, Svarsalternativ.JA);
        svara(id, "c", BESTALLNING, Svarsalternativ.NEJ);
        svara(id, "d", PLAN, Svarsalternativ.EJ_AKTUELLT);
        var resultat = slutfor(id, "2026-03-20T10:00:00Z");

        var genomford = hamta(id);
        assertThat(genomford.status()).isEqualTo(EgenkontrollStatus.GENOMFORD);
        assertThat(genomford.resultat()).isEqualTo(resultat);
        assertThat(genomford.preliminartResultat()).isNull();
        assertThat(genomford.svar()).hasSize(7);
        assertThat(genomford.mallnamn()).isEqualTo("Genomförandeplan, utförare");
        assertThat(genomford.trend()).isNull();
    }

    @Test
    void planenVisarGenomfortAttGoraOchForsenatOchFlaggarEnheterUtanKontroll() {
        var klar = paborja("eken", YearMonth.of(2026, 1));
        allaJa(klar, "2026-01-28T10:00:00Z");
        planera("eken", YearMonth.of(2026, 2));
        planera("eken", YearMonth.of(2026, 3));
        var installd = planera("eken", YearMonth.of(2026, 4));
        publicera(installd, new EgenkontrollInstalld(installd, "Enheten flyttar", KARIN, TID));
        var gammal = paborja("asken", YearMonth.of(2025, 2));
        allaJa(gammal, "2025-02-20T10:00:00Z");

        var plan = axon.query(new ListaEgenkontrollplan(Set.of("eken", "asken", "lyftet"), 2026, IDAG),
                Egenkontrollplan.class);

        assertThat(plan.kontroller()).extracting(Planpost::enhet, Planpost::manad, Planpost::lage,
                        Planpost::forfaller)
                .containsExactly(
                        tuple("eken", YearMonth.of(2026, 1), Planlage.GENOMFORD, LocalDate.of(2026, 1, 31)),
                        tuple("eken", YearMonth.of(2026, 2), Planlage.FORSENAD, LocalDate.of(2026, 2, 28)),
                        tuple("eken", YearMonth.of(2026, 3), Planlage.ATT_GORA, LocalDate.of(2026, 3, 31)),
                        tuple("eken", YearMonth.of(2026, 4), Planlage.INSTALLD, LocalDate.of(2026, 4, 30)));
        assertThat(plan.kontroller().get(0).genomford()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(plan.kontroller()).extracting(Planpost::ansvarig, Planpost::mallnamn)
                .containsOnly(tuple(OLOF, "Genomförandeplan, utförare"));
        assertThat(plan.enheter()).containsExactly(
                new Enhetslage("asken", LocalDate.of(2025, 2, 20), true),
                new Enhetslage("eken", LocalDate.of(2026, 1, 28), false),
                new Enhetslage("lyftet", null, true));
    }

    @Test
    void raknarPlaneradeGenomfordaOchFragornasFarger() {
        var klar = paborja("eken", YearMonth.of(2026, 1));
        allaJa(klar, "2026-01-28T10:00:00Z");
        planera("eken", YearMonth.of(2026, 5));
        var installd = planera("eken", YearMonth.of(2026, 6));
        publicera(installd, new EgenkontrollInstalld(installd, "Enheten flyttar", KARIN, TID));
        planera("eken", YearMonth.of(2025, 6));

        var statistik = axon.query(new RaknaEgenkontroller(Set.of("eken"), 2026), EgenkontrollStatistik.class);

        assertThat(statistik.rakningar()).containsExactly(new Rakning("eken", 2026, MALL.toString(),
                "Genomförandeplan, utförare", 2, 1, 1, 2, 0, 0));
    }

    @Test
    void enKontrollSomPlanerasOmTillEttAnnatArRaknasBaraDarOchAndraEnheterRaknasForSig() {
        var flyttad = planera("eken", YearMonth.of(2026, 11));
        planera("asken", YearMonth.of(2026, 2));
        publicera(flyttad, new EgenkontrollOmplanerad(flyttad, YearMonth.of(2027, 2), OLOF, KARIN, TID));
        var klar = paborja("eken", YearMonth.of(2027, 3));
        allaJa(klar, "2027-03-02T10:00:00Z");

        assertThat(axon.query(new RaknaEgenkontroller(Set.of("eken"), 2026), EgenkontrollStatistik.class)
                .rakningar()).isEmpty();
        assertThat(axon.query(new RaknaEgenkontroller(Set.of("eken", "asken"), 2027), EgenkontrollStatistik.class)
                .rakningar()).containsExactly(new Rakning("eken", 2027, MALL.toString(),
                        "Genomförandeplan, utförare", 2, 1, 0, 2, 0, 0));
        assertThat(axon.query(new RaknaEgenkontroller(Set.of("eken", "asken"), 2026), EgenkontrollStatistik.class)
                .rakningar()).extracting(Rakning::enhet, Rakning::planerade).containsExactly(tuple("asken", 1L));
    }

    @Test
    void trendenJamforMedForegaendeGenomfordaKontrollAvSammaMallOchEnhet() {
        var forsta = paborja("eken", YearMonth.of(2026, 1));
        allaJa(forsta, "2026-01-28T10:00:00Z");
        var andra = paborja("eken", YearMonth.of(2026, 3));
        publicera(andra, new StickprovDraget(andra, new Stickprov(2, List.of("1", "2"), null), OLOF, TID));
        svara(andra, "1", PLAN, Svarsalternativ.JA);
        svara(andra, "1", BESTALLNING, Svarsalternativ.NEJ);
        svara(andra, "2", PLAN, Svarsalternativ.NEJ);
        slutfor(andra, "2026-03-20T10:00:00Z");

        var trend = hamta(andra).trend();
        assertThat(trend.foregaende()).isEqualTo(forsta.toString());
        assertThat(trend.totaltNu()).isEqualTo(new Andel(1, 3));
        assertThat(trend.totaltForut()).isEqualTo(new Andel(4, 4));
        assertThat(trend.fragor()).extracting(t -> t.fraga().value(), t -> t.nu(), t -> t.forut())
                .containsExactly(tuple("plan-finns", new Andel(1, 2), new Andel(2, 2)),
                        tuple("plan-motsvarar-bestallning", new Andel(0, 1), new Andel(2, 2)));
        assertThat(hamta(forsta).trend()).isNull();
    }

    @Test
    void enHandelseSomRedanProjiceratsAndrarIngenting() {
        var id = planera("eken", YearMonth.of(2026, 3));
        axon.publish("Egenkontroll", id, 0, new EgenkontrollPlanerad(id, MALL, new EnhetId("eken"),
                YearMonth.of(2026, 9), KARIN, KARIN, TID));
        assertThat(hamta(id).manad()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(hamta(id).version()).isZero();
    }

    private void publiceraMall() {
        publicera("Kontrollmall", MALL, new KontrollmallSkapad(MALL, INNEHALL.namn(), null, INNEHALL.kvalitetsomraden(),
                KARIN, TID));
        publicera("Kontrollmall", MALL, new KontrollmallutkastAndrat(MALL, 1, INNEHALL, KARIN, TID));
        publicera("Kontrollmall", MALL, new KontrollmallPublicerad(MALL, Mallversion.av(MALL, 1, INNEHALL), KARIN,
                TID));
    }

    private EgenkontrollId planera(String enhet, YearMonth manad) {
        var id = EgenkontrollId.nytt();
        publicera(id, new EgenkontrollPlanerad(id, MALL, new EnhetId(enhet), manad, OLOF, KARIN, TID));
        return id;
    }

    private EgenkontrollId paborja(String enhet, YearMonth manad) {
        var id = planera(enhet, manad);
        publicera(id, new EgenkontrollPaborjad(id, Mallversion.av(MALL, 1, INNEHALL), OLOF, TID));
        return id;
    }

    /** Two items, both with a plan matching the beställning. */
    private void allaJa(EgenkontrollId id, String tid) {
        publicera(id, new StickprovDraget(id, new Stickprov(2, List.of("1", "2"), null), OLOF, TID));
        for (String post : List.of("1", "2")) {
            svara(id, post, PLAN, Svarsalternativ.JA);
            svara(id, post, BESTALLNING, Svarsalternativ.JA);
        }
        slutfor(id, tid);
    }

    private void svara(EgenkontrollId id, String post, FragaId fraga, Svarsalternativ svar) {
        publicera(id, new FragaBesvarad(id, post, fraga, Svar.av(svar), OLOF, TID));
    }

    private Resultat slutfor(EgenkontrollId id, String tid) {
        var d = hamta(id);
        var resultat = Resultatberakning.berakna(d.mallversion(), d.stickprov().poster(),
                (post, fraga) -> d.svar().stream().filter(b -> b.post().equals(post) && b.fraga().equals(fraga))
                        .map(EgenkontrollDetaljer.Besvarat::svar).findFirst().orElse(null));
        publicera(id, new EgenkontrollGenomford(id, resultat, OLOF, Instant.parse(tid)));
        return resultat;
    }

    private void publicera(EgenkontrollId id, Object handelse) {
        publicera("Egenkontroll", id, handelse);
    }

    private void publicera(String typ, Object id, Object handelse) {
        long seq = sekvens.merge(id, 1L, Long::sum) - 1;
        axon.publish(typ, id, seq, handelse);
    }

    private EgenkontrollDetaljer hamta(EgenkontrollId id) {
        return axon.query(new HamtaEgenkontroll(id), EgenkontrollDetaljer.class);
    }
}
