package se.kvalitetsledning.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.ANNA;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.DAG;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.LISA;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.OMAR;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.aterkoppling;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.ateroppnad;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.atgarder;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.avskrivet;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.avslutad;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.eskalerad;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.klassificerad;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.registrering;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.tilldelad;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.utredd;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.uteblivenAterkoppling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Handelse;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Klassificering;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.kategori.KategoriRegistrerad;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class AvvikelseProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new AvvikelseProjection(new AvvikelseRepository(mongo.template())));
        // the timeline names a category as the projection learned it from its own stream
        axon.publish("Kategori", "lakemedel", 0, new KategoriRegistrerad(new KategoriId("lakemedel"), "Läkemedel",
                "HSL", null, Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), new Anvandare("admin", "Ada Admin"),
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Nested
    class Hamta {

        @Test
        void visarDenRegistreradeAvvikelsenMedVersionNoll() {
            var id = AvvikelseId.nytt();
            handelser(id, registrering(id).foreslagenKategori("lakemedel").event());

            var d = hamta(id);

            assertThat(d.id()).isEqualTo(id.toString());
            assertThat(d.version()).isZero();
            assertThat(d.enhet()).isEqualTo("eken");
            assertThat(d.intraffade()).isEqualTo(DAG.minusSeconds(3600));
            assertThat(d.registrerad()).isEqualTo(DAG);
            assertThat(d.plats()).isEqualTo("Gruppbostad Eken, kök");
            assertThat(d.beskrivning()).isEqualTo("Kvällsmedicinen gavs inte i tid.");
            assertThat(d.omedelbaraAtgarder()).isEqualTo("Ringde sjuksköterskan");
            assertThat(d.konsekvensForPerson()).isEqualTo(2);
            assertThat(d.foreslagenKategori()).isEqualTo("lakemedel");
            assertThat(d.brukarreferens()).isEqualTo("B-17");
            assertThat(d.rapportor()).isEqualTo(LISA);
            assertThat(d.status()).isEqualTo(AvvikelseStatus.REGISTRERAD);
            assertThat(d.klassificering()).isNull();
            assertThat(d.vantarPaLexSarahBesked()).isFalse();
            assertThat(d.historik()).containsExactly(new Handelse(DAG, "Lisa Larsson", "Avvikelse registrerad", null));
        }

        @Test
        void enAvvikelseFranEnSynpunktLankarTillDen() {
            var synpunkt = SynpunktId.nytt();
            var id = synpunkt.avvikelse();
            handelser(id, new AvvikelseRegistrerad(id, new EnhetId("eken"), DAG.minusSeconds(86_400), null,
                    "Maten var kall", null, null, null, null, false, ANNA, DAG, synpunkt));

            var d = hamta(id);
            assertThat(d.franSynpunkt()).isEqualTo(synpunkt.toString());
            assertThat(d.franSynpunktReferens()).isEqualTo(synpunkt.referens());
            assertThat(d.historik()).containsExactly(new Handelse(DAG, "Anna Andersson",
                    "Synpunkt eskalerad till avvikelse", null));
        }

        @Test
        void enOkandAvvikelseGerIngetSvar() {
            assertThat(hamta(AvvikelseId.nytt())).isNull();
        }

        @Test
        void helaForloppetGerTidslinjenIOrdningOchVersionenEfterSistaHandelsen() {
            var id = AvvikelseId.nytt();
            handelser(id, registrering(id).mojligtMissforhallande().event(), tilldelad(id, OMAR),
                    klassificerad(id, "lakemedel", 2, 3, Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), utredd(id),
                    atgarder(id), avskrivet(id), aterkoppling(id, "Vi har infört en ny rutin."), avslutad(id),
                    ateroppnad(id));

            var d = hamta(id);

            assertThat(d.version()).isEqualTo(8);
            assertThat(d.status()).isEqualTo(AvvikelseStatus.UNDER_HANDLAGGNING);
            assertThat(d.handlaggare()).isEqualTo(OMAR);
            assertThat(d.klassificering()).isEqualTo(new Klassificering("lakemedel",
                    Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), 2, 3, 6, Riskfarg.GUL));
            assertThat(d.utredning().analys()).isEqualTo("Signeringslistan saknades på kvällen.");
            assertThat(d.beslutadeAtgarder()).isEqualTo("Ny rutin för signering vid kvällsmedicinering.");
            assertThat(d.aterkoppling()).isEqualTo("Vi har infört en ny rutin.");
            assertThat(d.missforhallandeBesked()).isEqualTo("Avskriven: Ingen risk för brukaren");
            assertThat(d.eskaleradTillLexSarah()).isFalse();
            assertThat(d.vantarPaLexSarahBesked()).isFalse();
            assertThat(d.historik()).extracting(Handelse::rubrik).containsExactly(
                    "Avvikelse registrerad", "Tilldelad Omar Said", "Klassificerad", "Utredning dokumenterad",
                    "Åtgärder beslutade", "Misstanke om missförhållande avskriven", "Återkoppling given",
                    "Avslutad", "Återöppnad");
            assertThat(d.historik()).extracting(Handelse::av)
                    .containsExactly("Lisa Larsson", "Anna Andersson", "Anna Andersson", "Anna Andersson",
                            "Anna Andersson", "Anna Andersson", "Anna Andersson", "Anna Andersson", "Anna Andersson");
            assertThat(d.historik()).extracting(Handelse::tid).isSorted();
            assertThat(d.historik()).extracting(Handelse::detalj).containsExactly(
                    "Kan vara ett missförhållande (lex Sarah)", null,
                    "Kategori Läkemedel; Trygghet och säkerhet; riskvärde 6 (Gul)", "Procedurer/rutiner/riktlinjer",
                    "Ny rutin för signering vid kvällsmedicinering.", "Ingen risk för brukaren",
                    "Vi har infört en ny rutin.", null, "Samma fel igen dagen efter");
        }

        @Test
        void enAvslutadAvvikelseHarStatusAvslutad() {
            var id = AvvikelseId.nytt();
            handelser(id, registrering(id).event(), aterkoppling(id, "Tack"), avslutad(id));

            assertThat(hamta(id).status()).isEqualTo(AvvikelseStatus.AVSLUTAD);
        }

        @Test
        void eskaleringTillLexSarahBesvararFragan() {
            var id = AvvikelseId.nytt();
            handelser(id, registrering(id).mojligtMissforhallande().event());
            assertThat(hamta(id).vantarPaLexSarahBesked()).isTrue();

            axon.publish("Avvikelse", id, 1, eskalerad(id));

            var d = hamta(id);
            assertThat(d.vantarPaLexSarahBesked()).isFalse();
            assertThat(d.missforhallandeBesked()).isEqualTo("Eskalerad till lex Sarah: Påtaglig risk");
            assertThat(d.eskaleradTillLexSarah()).isTrue();
            assertThat(d.historik()).last()
                    .isEqualTo(new Handelse(DAG.plusSeconds(4 * 3600), "Anna Andersson", "Eskalerad till lex Sarah",
                            "Påtaglig risk"));
        }

        @Test
        void uteblivenAterkopplingSparasMedSkalet() {
            var id = AvvikelseId.nytt();
            handelser(id, registrering(id).event(), uteblivenAterkoppling(id));

            var d = hamta(id);
            assertThat(d.aterkoppling()).isNull();
            assertThat(d.uteblivenAterkopplingSkal()).isEqualTo("Rapportören har slutat");
            assertThat(d.historik()).extracting(Handelse::rubrik).last().isEqualTo("Återkoppling kan inte ges");
        }
    }

    @Nested
    class Idempotens {

        @Test
        void varjeHandelseTvaGangerGerSammaAvvikelseSomEnGang() {
            var id = AvvikelseId.nytt();
            var forlopp = List.of(registrering(id).event(), tilldelad(id, OMAR),
                    klassificerad(id, "fall", 3, 1, Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), utredd(id),
                    aterkoppling(id, "Klart"), avslutad(id));
            handelser(id, forlopp.toArray());
            var enGang = hamta(id);

            for (int seq = 0; seq < forlopp.size(); seq++) {
                axon.publish("Avvikelse", id, seq, forlopp.get(seq));
                axon.publish("Avvikelse", id, seq, forlopp.get(seq));
            }

            assertThat(hamta(id)).isEqualTo(enGang);
            assertThat(enGang.historik()).hasSize(forlopp.size());
            assertThat(enGang.version()).isEqualTo(forlopp.size() - 1);
        }

        @Test
        void enGammalHandelseSomLevererasIgenAndrarIngenting() {
            var id = AvvikelseId.nytt();
            handelser(id, registrering(id).event(), tilldelad(id, OMAR),
                    klassificerad(id, "fall", 3, 1, Kvalitetsomrade.TRYGGHET_OCH_SAKERHET));
            var fore = hamta(id);

            axon.publish("Avvikelse", id, 1, tilldelad(id, ANNA));
            axon.publish("Avvikelse", id, 0, registrering(id).beskrivning("Annan text").event());

            assertThat(hamta(id)).isEqualTo(fore);
        }
    }

    @Nested
    class Lista {

        private final AvvikelseId fallIBadrummet = AvvikelseId.nytt();
        private final AvvikelseId alvedon = AvvikelseId.nytt();
        private final AvvikelseId hotIMatsalen = AvvikelseId.nytt();
        private final AvvikelseId bemotande = AvvikelseId.nytt();

        @BeforeEach
        void fyraAvvikelserITvaEnheter() {
            handelser(fallIBadrummet, registrering(fallIBadrummet).intraffade("2025-03-01T10:00:00Z")
                    .beskrivning("Fall i badrummet").plats("Badrum").foreslagenKategori("fall").event());
            handelser(alvedon, registrering(alvedon).intraffade("2025-03-05T10:00:00Z")
                            .beskrivning("Kvällsmedicinen (Alvedon) gavs inte").mojligtMissforhallande().event(),
                    tilldelad(alvedon, OMAR),
                    klassificerad(alvedon, "lakemedel", 3, 2, Kvalitetsomrade.TRYGGHET_OCH_SAKERHET));
            handelser(hotIMatsalen, registrering(hotIMatsalen).enhet("bjorken").intraffade("2025-01-31T23:30:00Z")
                    .beskrivning("Hot mot personal").plats("Matsal").event());
            handelser(bemotande, registrering(bemotande).enhet("bjorken").intraffade("2025-02-15T12:00:00Z")
                            .beskrivning("Otrevligt bemötande").event(),
                    klassificerad(bemotande, "bemotande", 1, 1, Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET),
                    aterkoppling(bemotande, "Vi har pratat med personalen."), avslutad(bemotande));
        }

        @Test
        void utanFilterKommerAllaNyastForst() {
            var sida = lista(urval());

            assertThat(ids(sida)).containsExactly(alvedon, fallIBadrummet, bemotande, hotIMatsalen);
            assertThat(sida.totalt()).isEqualTo(4);
        }

        @Test
        void radenVisarKategoriRiskHandlaggareOchLexSarahFragan() {
            var rad = lista(urval()).rader().get(0);

            assertThat(rad).isEqualTo(new AvvikelseSida.Rad(alvedon.toString(), "eken",
                    Instant.parse("2025-03-05T10:00:00Z"), "Kvällsmedicinen (Alvedon) gavs inte", "lakemedel",
                    AvvikelseStatus.UNDER_HANDLAGGNING, Riskfarg.ROD, "Omar Said", true));
        }

        @Test
        void filtrerarPaEnheter() {
            assertThat(ids(lista(urval().enheter("bjorken")))).containsExactly(bemotande, hotIMatsalen);
            assertThat(ids(lista(urval().enheter("eken", "bjorken")))).hasSize(4);
            assertThat(lista(urval().enheter()).totalt()).isZero();
        }

        @Test
        void filtrerarPaStatus() {
            assertThat(ids(lista(urval().status(AvvikelseStatus.REGISTRERAD))))
                    .containsExactly(fallIBadrummet, hotIMatsalen);
            assertThat(ids(lista(urval().status(AvvikelseStatus.UNDER_HANDLAGGNING)))).containsExactly(alvedon);
            assertThat(ids(lista(urval().status(AvvikelseStatus.AVSLUTAD)))).containsExactly(bemotande);
        }

        @Test
        void filtrerarPaKategoriKlassificeradEllerForeslagen() {
            assertThat(ids(lista(urval().kategori("lakemedel")))).containsExactly(alvedon);
            assertThat(ids(lista(urval().kategori("fall")))).containsExactly(fallIBadrummet);
        }

        @Test
        void filtrerarPaSvenskaDatumForNarDetIntraffade() {
            assertThat(ids(lista(urval().period("2025-02-01", "2025-02-28")))).containsExactly(bemotande, hotIMatsalen);
            assertThat(ids(lista(urval().period("2025-02-01", "2025-02-01")))).containsExactly(hotIMatsalen);
            assertThat(ids(lista(urval().period(null, "2025-01-31")))).isEmpty();
            assertThat(ids(lista(urval().period("2025-03-05", null)))).containsExactly(alvedon);
        }

        @Test
        void filtrerarPaRiskfarg() {
            assertThat(ids(lista(urval().riskfarg(Riskfarg.ROD)))).containsExactly(alvedon);
            assertThat(ids(lista(urval().riskfarg(Riskfarg.GRON)))).containsExactly(bemotande);
            assertThat(ids(lista(urval().riskfarg(Riskfarg.GUL)))).isEmpty();
        }

        @Test
        void soktextMatcharBeskrivningOchPlatsOavsettSkiftlage() {
            assertThat(ids(lista(urval().text("ALVEDON")))).containsExactly(alvedon);
            assertThat(ids(lista(urval().text("matsal")))).containsExactly(hotIMatsalen);
            assertThat(ids(lista(urval().text("bemötande")))).containsExactly(bemotande);
        }

        @Test
        void soktextensTeckenArBokstavligaInteReguljaraUttryck() {
            assertThat(ids(lista(urval().text("(alvedon)")))).containsExactly(alvedon);
            assertThat(ids(lista(urval().text("fall.i")))).isEmpty();
            assertThat(ids(lista(urval().text(".*")))).isEmpty();
        }

        @Test
        void filtrenKombineras() {
            assertThat(ids(lista(urval().enheter("eken").status(AvvikelseStatus.REGISTRERAD).text("badrum"))))
                    .containsExactly(fallIBadrummet);
        }

        @Test
        void bladdrarISidorOchRaknarAllaTraffar() {
            var forsta = lista(urval().sida(0, 3));
            var andra = lista(urval().sida(1, 3));

            assertThat(ids(forsta)).containsExactly(alvedon, fallIBadrummet, bemotande);
            assertThat(ids(andra)).containsExactly(hotIMatsalen);
            assertThat(andra.totalt()).isEqualTo(4);
            assertThat(andra.sida()).isEqualTo(1);
            assertThat(andra.antalSidor()).isEqualTo(2);
        }

        /** A page that ends in one month and goes on in the next, in one enhet and in all (AvvikelseListindex). */
        @Test
        void sidornaArDesammaNarDeSenasteManadernaFyllerEnSidaOchNarDeInteGor() {
            var igar = AvvikelseId.nytt();
            var forraManaden = AvvikelseId.nytt();
            handelser(igar, registrering(igar).intraffade(Instant.now().minus(Duration.ofDays(1)).toString())
                    .event());
            handelser(forraManaden, registrering(forraManaden).enhet("bjorken")
                    .intraffade(Instant.now().minus(Duration.ofDays(40)).toString()).event());

            assertThat(ids(lista(urval().sida(0, 2)))).containsExactly(igar, forraManaden);
            assertThat(ids(lista(urval().sida(1, 2)))).containsExactly(alvedon, fallIBadrummet);
            assertThat(ids(lista(urval().sida(0, 3)))).containsExactly(igar, forraManaden, alvedon);
            assertThat(ids(lista(urval().enheter("bjorken").sida(0, 2)))).containsExactly(forraManaden, bemotande);
            assertThat(lista(urval().sida(2, 2)).totalt()).isEqualTo(6);
        }
    }

    @Nested
    class MinaRapporter {

        @Test
        void rapportorenSerSinaEgnaNyastForstMedAterkopplingen() {
            var forsta = AvvikelseId.nytt();
            var andra = AvvikelseId.nytt();
            var nagonAnnans = AvvikelseId.nytt();
            handelser(forsta, registrering(forsta).intraffade("2025-03-01T10:00:00Z").event(), utredd(forsta),
                    aterkoppling(forsta, "Vi har infört en ny rutin."), avslutad(forsta));
            handelser(andra, registrering(andra).intraffade("2025-03-02T10:00:00Z").event(),
                    uteblivenAterkoppling(andra));
            handelser(nagonAnnans, registrering(nagonAnnans).rapportor(OMAR).event());

            var mina = mina("lisa", 0, 10).rapporter();

            assertThat(mina).extracting(MinRapport::id).containsExactly(andra.toString(), forsta.toString());
            assertThat(mina.get(0).aterkoppling()).isNull();
            assertThat(mina.get(1)).isEqualTo(new MinRapport(forsta.toString(), "eken",
                    Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T11:00:00Z"),
                    "Kvällsmedicinen gavs inte i tid.", AvvikelseStatus.AVSLUTAD, "Vi har infört en ny rutin."));
        }

        @Test
        void denSomInteRapporteratNagotFarEnTomLista() {
            assertThat(mina("nogon", 0, 10)).isEqualTo(new MinaRapporterSida(List.of(), 0, 0, 10));
        }

        @Test
        void rapporternaDelasISidorEfterNarDeRegistrerades() {
            var senastForst = femRapporter();

            var andra = mina("lisa", 1, 2);
            var sista = mina("lisa", 2, 2);
            var bortom = mina("lisa", 7, 2);

            assertThat(andra.rapporter()).extracting(MinRapport::id)
                    .containsExactlyElementsOf(senastForst.subList(2, 4));
            assertThat(andra.totalt()).isEqualTo(5);
            assertThat(andra.antalSidor()).isEqualTo(3);
            assertThat(sista.rapporter()).extracting(MinRapport::id).containsExactly(senastForst.get(4));
            assertThat(bortom.rapporter()).isEmpty();
            assertThat(bortom.sida()).isEqualTo(7);
        }

        @Test
        void sidanMedEnRapportArDenSomHallerDen() {
            var ids = femRapporter();
            var nagonAnnans = AvvikelseId.nytt();
            handelser(nagonAnnans, registrering(nagonAnnans).rapportor(OMAR).event());

            var sidan = axon.query(ListaMinaRapporter.sidanMed("lisa", ids.get(3), 2), MinaRapporterSida.class);
            var annans = axon.query(ListaMinaRapporter.sidanMed("lisa", nagonAnnans.toString(), 2),
                    MinaRapporterSida.class);

            assertThat(sidan.sida()).isEqualTo(1);
            assertThat(sidan.rapporter()).extracting(MinRapport::id).containsExactly(ids.get(2), ids.get(3));
            assertThat(annans.sida()).as("another's report is not among lisa's").isZero();
            assertThat(annans.rapporter()).extracting(MinRapport::id).containsExactlyElementsOf(ids.subList(0, 2));
        }
    }

    private void handelser(AvvikelseId id, Object... events) {
        for (int seq = 0; seq < events.length; seq++) {
            axon.publish("Avvikelse", id, seq, events[seq]);
        }
    }

    /**
     * Five of lisa's reports registered a day apart, having happened in the reverse order (so a page that followed
     * the event would differ); their ids, the last registered first.
     */
    private List<String> femRapporter() {
        var senastForst = new ArrayList<String>();
        for (int dag = 1; dag <= 5; dag++) {
            var id = AvvikelseId.nytt();
            senastForst.add(0, id.toString());
            handelser(id, registrering(id).intraffade("2025-03-0" + (6 - dag) + "T10:00:00Z")
                    .registrerad("2025-03-1" + dag + "T10:00:00Z").event());
        }
        return senastForst;
    }

    private MinaRapporterSida mina(String anvandarnamn, int sida, int storlek) {
        return axon.query(ListaMinaRapporter.sida(anvandarnamn, sida, storlek), MinaRapporterSida.class);
    }

    private AvvikelseDetaljer hamta(AvvikelseId id) {
        return axon.query(new HamtaAvvikelse(id), AvvikelseDetaljer.class);
    }

    private AvvikelseSida lista(Urval urval) {
        return axon.query(urval.fraga(), AvvikelseSida.class);
    }

    private static List<AvvikelseId> ids(AvvikelseSida sida) {
        return sida.rader().stream().map(r -> AvvikelseId.av(r.id())).toList();
    }

    private static Urval urval() {
        return new Urval();
    }

    /** A ListaAvvikelser with every filter off unless a test turns it on. */
    private static final class Urval {
        private Set<String> enheter;
        private AvvikelseStatus status;
        private String kategori;
        private LocalDate fran;
        private LocalDate till;
        private Riskfarg riskfarg;
        private String text;
        private int sida;
        private int storlek = 50;

        Urval enheter(String... enheter) {
            this.enheter = Set.of(enheter);
            return this;
        }

        Urval status(AvvikelseStatus status) {
            this.status = status;
            return this;
        }

        Urval kategori(String kategori) {
            this.kategori = kategori;
            return this;
        }

        Urval period(String fran, String till) {
            this.fran = fran == null ? null : LocalDate.parse(fran);
            this.till = till == null ? null : LocalDate.parse(till);
            return this;
        }

        Urval riskfarg(Riskfarg riskfarg) {
            this.riskfarg = riskfarg;
            return this;
        }

        Urval text(String text) {
            this.text = text;
            return this;
        }

        Urval sida(int sida, int storlek) {
            this.sida = sida;
            this.storlek = storlek;
            return this;
        }

        ListaAvvikelser fraga() {
            return new ListaAvvikelser(enheter, status, kategori, fran, till, riskfarg, text, sida, storlek);
        }
    }
}
