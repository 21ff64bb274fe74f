package se.kvalitetsledning.synpunkt;

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

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardKoppladTillKalla;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.lexsarah.Frist.Fristlage;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.SynpunktStatistik.Rakning;
import se.kvalitetsledning.synpunkt.SynpunktStatistik.Svarsandel;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class SynpunktProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant MOTTAGEN = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant KVITTENS_FORFALLER = Instant.parse("2026-03-12T23:00:00Z");
    private static final Instant SVAR_FORFALLER = Instant.parse("2026-03-24T23:00:00Z");
    private static final Instant SENARE = Instant.parse("2026-03-11T10:00:00Z");
    private static final Anvandare OLOF = new Anvandare("olof", "Olof Ek");
    private static final Kontaktuppgifter KONTAKT = new Kontaktuppgifter("Greta", "greta@example.org", null, null);

    private final Map<SynpunktId, Long> sekvens = new HashMap<>();
    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new SynpunktProjection(new SynpunktRepository(mongo.template())));
    }

    @Test
    void synpunktenVisasMedSinaFristerOchAvsandarensUppgifter() {
        var id = taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, KONTAKT);

        var d = hamta(id);
        assertThat(d.referens()).isEqualTo(id.referens());
        assertThat(d.status()).isEqualTo(SynpunktStatus.REGISTRERAD);
        assertThat(d.enhet()).isEqualTo("solgarden");
        assertThat(d.vadHande()).isEqualTo("Maten var kall");
        assertThat(d.kontakt()).isEqualTo(KONTAKT);
        assertThat(d.kanBesvaras()).isTrue();
        assertThat(d.frister()).extracting(SynpunktFrist::typ, SynpunktFrist::loper)
                .containsExactly(tuple(SynpunktFristtyp.KVITTENS, true), tuple(SynpunktFristtyp.HANDLAGGARE, true),
                        tuple(SynpunktFristtyp.SVAR, true));
        assertThat(d.historik()).extracting(SynpunktDetaljer.Handelse::rubrik)
                .containsExactly("Inkommen via e-tjänsten");
        assertThat(d.version()).isEqualTo(3);
    }

    @Test
    void handlaggningensStegSyns() {
        var id = taEmot(null, Synpunktstyp.KLAGOMAL, Kanal.TELEFON, MOTTAGEN, KONTAKT);
        assertThat(hamta(id).enhet()).isNull();

        publicera(id, new SynpunktKvitterad(id, "Telefon", OLOF, SENARE));
        publicera(id, new SynpunktensFristUppfylld(id, SynpunktFristtyp.KVITTENS, SENARE));
        publicera(id, new SynpunktTilldelad(id, new EnhetId("solgarden"), OLOF, OLOF, SENARE));
        publicera(id, new SynpunktUtredd(id, new KategoriId("bemotande"), Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET),
                Set.of(Orsaksomrade.KOMMUNIKATION_INFORMATION), "Analys", OLOF, SENARE));
        publicera(id, new SynpunktBesvarad(id, "Svaret", "Brev", LocalDate.of(2026, 3, 11), OLOF, SENARE));
        publicera(id, new SynpunktEskalerad(id, Eskaleringsmal.AVVIKELSE, id.avvikelse().toString(), null, OLOF,
                SENARE));
        var atgard = AtgardId.nytt();
        publicera(id, new AtgardKoppladTillKalla(new Kalla(Kalltyp.SYNPUNKT, id.toString()), atgard, "Varm mat",
                SENARE));
        publicera(id, new SynpunktAvslutad(id, Set.of(atgard), "Följs upp i höst", OLOF, SENARE));

        var d = hamta(id);
        assertThat(d.status()).isEqualTo(SynpunktStatus.AVSLUTAD);
        assertThat(d.oppen()).isFalse();
        assertThat(d.enhet()).isEqualTo("solgarden");
        assertThat(d.handlaggare()).isEqualTo(OLOF);
        assertThat(d.kvittens().satt()).isEqualTo("Telefon");
        assertThat(d.utredning().kategori()).isEqualTo("bemotande");
        assertThat(d.svar().skickat()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(d.eskaleringar()).extracting(SynpunktDetaljer.Eskalering::arende)
                .containsExactly(id.avvikelse().toString());
        assertThat(d.eskaleradTill(Eskaleringsmal.AVVIKELSE)).isTrue();
        assertThat(d.atgarder()).singleElement().satisfies(a -> {
            assertThat(a.titel()).isEqualTo("Varm mat");
            assertThat(a.fortsatterSjalvstandigt()).isTrue();
        });
        assertThat(d.atgarderFortsatterSkal()).isEqualTo("Följs upp i höst");
        assertThat(d.frister()).filteredOn(f -> f.typ() == SynpunktFristtyp.KVITTENS).singleElement()
                .satisfies(f -> assertThat(f.uppfylldITid()).isTrue());
        assertThat(d.historik()).extracting(SynpunktDetaljer.Handelse::rubrik).containsExactly(
                "Registrerad (telefon)", "Kvittens skickad", "Handläggare: Olof Ek", "Utredd", "Besvarad",
                "Eskalerad till avvikelse", "Åtgärd kopplad", "Avslutad");
    }

    @Test
    void enHandelseSomRedanSettsIgnoreras() {
        var id = taEmot("solgarden", Synpunktstyp.SYNPUNKT, Kanal.BREV, MOTTAGEN, null);
        var kvittens = new SynpunktKvitterad(id, "Brev", OLOF, SENARE);
        publicera(id, kvittens);
        axon.publish("Synpunkt", id, sekvens.get(id) - 1, kvittens);

        assertThat(hamta(id).historik()).hasSize(2);
    }

    @Test
    void listanFiltrerarPaEnhetTypKanalStatusPeriodOchForsening() {
        var klagomal = taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, KONTAKT);
        var berom = taEmot("solgarden", Synpunktstyp.BEROM, Kanal.BREV, Instant.parse("2026-04-02T09:00:00Z"), null);
        var okand = taEmot(null, Synpunktstyp.FORSLAG, Kanal.E_TJANST, MOTTAGEN, null);
        var annan = taEmot("eken", Synpunktstyp.KLAGOMAL, Kanal.TELEFON, MOTTAGEN, KONTAKT);
        publicera(berom, new SynpunktAvslutad(berom, Set.of(), null, OLOF, SENARE));

        assertThat(lista(fraga(Set.of("solgarden"), false))).containsExactly(berom.toString(),
                klagomal.toString());
        assertThat(lista(fraga(Set.of("solgarden"), true))).containsExactlyInAnyOrder(berom.toString(),
                klagomal.toString(), okand.toString());
        assertThat(lista(new ListaSynpunkter(Set.of("solgarden", "eken"), false, Synpunktstyp.KLAGOMAL, null,
                Kanal.TELEFON, null, null, false, false, null, SENARE))).containsExactly(annan.toString());
        assertThat(lista(new ListaSynpunkter(Set.of("solgarden"), false, null, SynpunktStatus.AVSLUTAD, null,
                null, null, false, false, null, SENARE))).containsExactly(berom.toString());
        assertThat(lista(new ListaSynpunkter(Set.of("solgarden"), false, null, null, null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), false, false, null, SENARE)))
                .containsExactly(berom.toString());
        assertThat(lista(new ListaSynpunkter(Set.of("solgarden"), false, null, null, null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), true, false, null, SENARE)))
                .containsExactly(klagomal.toString());
        // the kvittens deadline passes at the end of 12 March, Swedish time
        var forsenade = new ListaSynpunkter(Set.of("solgarden"), true, null, null, null, null, null, false, true,
                null, KVITTENS_FORFALLER);
        assertThat(lista(forsenade)).containsExactly(klagomal.toString());
        var anonymaForsenade = new ListaSynpunkter(Set.of(), true, null, null, null, null, null, false, true, null,
                Instant.parse("2026-03-17T23:00:00Z"));
        assertThat(lista(anonymaForsenade)).containsExactly(okand.toString());
    }

    @Test
    void passeradeFristerUtanPaminnelseHittasTillsPaminnelsenGatt() {
        var id = taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, KONTAKT);

        assertThat(passerade(SENARE)).isEmpty();
        assertThat(passerade(KVITTENS_FORFALLER))
                .containsExactly(new PasseradSynpunktsfrist(id, SynpunktFristtyp.KVITTENS));

        publicera(id, new SynpunktensFristOverskriden(id, SynpunktFristtyp.KVITTENS, KVITTENS_FORFALLER,
                KVITTENS_FORFALLER));
        assertThat(passerade(KVITTENS_FORFALLER)).isEmpty();
        assertThat(hamta(id).frister()).filteredOn(f -> f.typ() == SynpunktFristtyp.KVITTENS).singleElement()
                .satisfies(f -> assertThat(f.overskriden()).isTrue());
    }

    @Test
    void rakningarPerEnhetManadTypKategoriOchKvalitetsomrade() {
        var a = taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, KONTAKT);
        publicera(a, new SynpunktUtredd(a, new KategoriId("bemotande"), Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET,
                Kvalitetsomrade.EFFEKTIVITET), Set.of(), "Analys", OLOF, SENARE));
        taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.BREV, MOTTAGEN, null);
        taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.BREV, Instant.parse("2026-03-31T22:30:00Z"), null);
        taEmot(null, Synpunktstyp.BEROM, Kanal.E_TJANST, MOTTAGEN, null);
        taEmot("eken", Synpunktstyp.KLAGOMAL, Kanal.BREV, MOTTAGEN, null);

        var mars = YearMonth.of(2026, 3);
        var statistik = axon.query(new RaknaSynpunkter(Set.of("solgarden"), true, mars, mars),
                SynpunktStatistik.class);

        assertThat(statistik.rakningar()).containsExactly(
                new Rakning("okand", mars, Synpunktstyp.BEROM, "oklassificerad", "inget", 1),
                new Rakning("solgarden", mars, Synpunktstyp.KLAGOMAL, "bemotande", "EFFEKTIVITET", 1),
                new Rakning("solgarden", mars, Synpunktstyp.KLAGOMAL, "bemotande", "TRYGGHET_OCH_SAKERHET", 1),
                new Rakning("solgarden", mars, Synpunktstyp.KLAGOMAL, "oklassificerad", "inget", 1));
        // 31 March 22:30 UTC is 1 April in Sweden (summer time)
        assertThat(axon.query(new RaknaSynpunkter(Set.of("solgarden"), false, YearMonth.of(2026, 4),
                YearMonth.of(2026, 4)), SynpunktStatistik.class).rakningar())
                .extracting(Rakning::antal).containsExactly(1L);
    }

    @Test
    void enSynpunktSomFarEnEnhetRaknasDarOchEnAterlevereradHandelseAndrarIngenting() {
        var id = taEmot(null, Synpunktstyp.KLAGOMAL, Kanal.BREV, MOTTAGEN, null);
        publicera(id, new SynpunktTilldelad(id, new EnhetId("solgarden"), OLOF, OLOF, SENARE));
        axon.publish("Synpunkt", id, 0, new SynpunktInkommen(id, Synpunktstyp.BEROM, Kanal.BREV, null, MOTTAGEN,
                "Igen", null, null, OLOF, MOTTAGEN));

        var mars = YearMonth.of(2026, 3);
        assertThat(axon.queryList(new RaknaSynpunkterPerTyp(Set.of("solgarden"), true, mars, mars),
                Typrakning.class)).containsExactly(new Typrakning("solgarden", Synpunktstyp.KLAGOMAL, 1));
    }

    @Test
    void perTypRaknasVarjeSynpunktEnGangAvenMedFleraKvalitetsomraden() {
        var a = taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, KONTAKT);
        publicera(a, new SynpunktUtredd(a, new KategoriId("bemotande"), Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET,
                Kvalitetsomrade.EFFEKTIVITET), Set.of(), "Analys", OLOF, SENARE));
        taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.BREV, MOTTAGEN, null);
        taEmot(null, Synpunktstyp.BEROM, Kanal.E_TJANST, MOTTAGEN, null);

        var mars = YearMonth.of(2026, 3);
        assertThat(axon.queryList(new RaknaSynpunkterPerTyp(Set.of("solgarden"), true, mars, mars),
                Typrakning.class)).containsExactly(new Typrakning("okand", Synpunktstyp.BEROM, 1),
                new Typrakning("solgarden", Synpunktstyp.KLAGOMAL, 2));
    }

    @Test
    void andelenBesvaradeInomFristenRaknarBaraAvgjordaSvarsfrister() {
        var iTid = taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, KONTAKT);
        publicera(iTid, new SynpunktensFristUppfylld(iTid, SynpunktFristtyp.SVAR, SENARE));
        var sent = taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, KONTAKT);
        publicera(sent, new SynpunktensFristOverskriden(sent, SynpunktFristtyp.SVAR, SVAR_FORFALLER,
                SVAR_FORFALLER));
        publicera(sent, new SynpunktensFristUppfylld(sent, SynpunktFristtyp.SVAR, SVAR_FORFALLER.plusSeconds(86400)));
        var obesvarad = taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, KONTAKT);
        publicera(obesvarad, new SynpunktensFristOverskriden(obesvarad, SynpunktFristtyp.SVAR, SVAR_FORFALLER,
                SVAR_FORFALLER));
        taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, KONTAKT);
        taEmot("solgarden", Synpunktstyp.KLAGOMAL, Kanal.E_TJANST, MOTTAGEN, null);

        var mars = YearMonth.of(2026, 3);
        var statistik = axon.query(new RaknaSynpunkter(Set.of("solgarden"), false, mars, mars),
                SynpunktStatistik.class);

        assertThat(statistik.svar()).containsExactly(
                new Svarsandel("solgarden", mars, Synpunktstyp.KLAGOMAL, 3, 1, 2));
        assertThat(hamta(sent).frister()).filteredOn(f -> f.typ() == SynpunktFristtyp.SVAR).singleElement()
                .satisfies(f -> assertThat(f.lage()).isEqualTo(Fristlage.UPPFYLLD));
    }

    @Test
    void enTomManadGerTommaRakningar() {
        var statistik = axon.query(new RaknaSynpunkter(Set.of("solgarden"), true, YearMonth.of(2020, 1),
                YearMonth.of(2020, 1)), SynpunktStatistik.class);

        assertThat(statistik.rakningar()).isEmpty();
        assertThat(statistik.svar()).isEmpty();
    }

    private static ListaSynpunkter fraga(Set<String> enheter, boolean utanEnhet) {
        return new ListaSynpunkter(enheter, utanEnhet, null, null, null, null, null, false, false, null, SENARE);
    }

    private SynpunktId taEmot(String enhet, Synpunktstyp typ, Kanal kanal, Instant mottagen, Kontaktuppgifter kontakt) {
        var id = SynpunktId.nytt();
        publicera(id, new SynpunktInkommen(id, typ, kanal, enhet == null ? null : new EnhetId(enhet), mottagen,
                "Maten var kall", null, kontakt, kanal == Kanal.E_TJANST ? null : OLOF, mottagen));
        var regler = Synpunktsregler.STANDARD;
        for (SynpunktFristtyp frist : SynpunktFristtyp.values()) {
            if (frist == SynpunktFristtyp.HANDLAGGARE || kontakt != null) {
                publicera(id, new SynpunktensFristSatt(id, frist, regler.forfaller(frist, mottagen)));
            }
        }
        return id;
    }

    private void publicera(SynpunktId id, Object handelse) {
        long seq = sekvens.merge(id, 1L, Long::sum) - 1;
        axon.publish("Synpunkt", id, seq, handelse);
    }

    private SynpunktDetaljer hamta(SynpunktId id) {
        return axon.query(new HamtaSynpunkt(id), SynpunktDetaljer.class);
    }

    private List<String> lista(ListaSynpunkter fraga) {
        return axon.queryList(fraga, SynpunktRad.class).stream().map(SynpunktRad::id).toList();
    }

    private List<PasseradSynpunktsfrist> passerade(Instant nu) {
        return axon.queryList(new ListaPasseradeSynpunktsfrister(nu), PasseradSynpunktsfrist.class);
    }
}
