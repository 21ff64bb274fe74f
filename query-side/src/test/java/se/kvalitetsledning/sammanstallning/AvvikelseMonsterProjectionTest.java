package se.kvalitetsledning.sammanstallning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseKlassificerad;
import se.kvalitetsledning.avvikelse.AvvikelseRegistrerad;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.sammanstallning.Monsterflagga.Avser;
import se.kvalitetsledning.sammanstallning.Monsterunderlag.Koncentration;
import se.kvalitetsledning.sammanstallning.Monsterunderlag.Manadsantal;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class AvvikelseMonsterProjectionTest {

    private static final Anvandare LISA = new Anvandare("lisa", "Lisa Larsson");
    private static final Map<String, String> KATEGORIER = Map.of("sjalvskada", "Självskada",
            "utforande-insats", "Insats fördröjd eller felaktigt utförd", "bemotande", "Bemötande",
            "hot-vald", "Hot och våld", "fall", "Fall", "lakemedel", "Läkemedel");
    private static final Map<String, String> ENHETER = Map.of("eken", "Gruppbostaden Eken",
            "lyftet", "Daglig verksamhet Lyftet");
    private static final YearMonth JAN_2021 = YearMonth.of(2021, 1);
    private static final YearMonth DEC_2021 = YearMonth.of(2021, 12);
    private static final YearMonth JAN_2022 = YearMonth.of(2022, 1);
    private static final YearMonth DEC_2022 = YearMonth.of(2022, 12);
    private static final YearMonth MARS_2025 = YearMonth.of(2025, 3);

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private ProjectionHarness axon;
    private final List<Leverans> leveranser = new ArrayList<>();

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new AvvikelseMonsterProjection(new AvvikelseMonsterRepository(mongo.template())));
    }

    /**
     * The seed: 34 avvikelser in 2021 and 132 in 2022, 102 of them självskada at Eken all concerning "B-17", written
     * in different ways, a third of them suggested as hot-vald or without a category and classified later.
     */
    private void seedfallet() {
        for (int i = 0; i < 14; i++) {
            registrera(i < 7 ? "eken" : "lyftet", manad(2021, i), "bemotande", "B-" + i % 7);
        }
        for (int i = 0; i < 4; i++) {
            registrera(i < 2 ? "eken" : "lyftet", manad(2021, i), "utforande-insats", "B-" + i);
        }
        for (int i = 0; i < 16; i++) {
            registrera(i < 11 ? "eken" : "lyftet", manad(2021, i), "hot-vald", "B-" + i % 7);
        }
        var skrivsatt = List.of("b-17", " B-17 ", "B -17", "B-17\t");
        for (int i = 0; i < 102; i++) {
            var foreslagen = switch (i % 3) {
                case 0 -> "sjalvskada";
                case 1 -> null;
                default -> "hot-vald";
            };
            var id = registrera("eken", manad(2022, i), foreslagen, skrivsatt.get(i % 4));
            if (foreslagen == null || foreslagen.equals("hot-vald")) {
                leverera(id, 1, klassificerad(id, "sjalvskada"));
            }
        }
        for (int i = 0; i < 15; i++) {
            registrera(i < 5 ? "eken" : "lyftet", manad(2022, i), "utforande-insats", "B-" + i % 5);
        }
        for (int i = 0; i < 15; i++) {
            registrera(i < 8 ? "eken" : "lyftet", manad(2022, i), "bemotande", i < 5 ? null : "B-" + i % 3);
        }
    }

    @Test
    void raknarVarjeKategorisAvvikelserOchHurManganAvDemSomGallerSammaPerson() {
        seedfallet();

        assertThat(ar2022().kategorier()).containsExactly(
                new Koncentration("sjalvskada", 102, 102, 1),
                new Koncentration("bemotande", 15, 3, 6),
                new Koncentration("utforande-insats", 15, 2, 10));
    }

    @Test
    void raknarPerKategoriOchEnhetAretOchAretFore() {
        seedfallet();

        var underlag = ar2022();

        assertThat(underlag.antalPerKategori(JAN_2022, DEC_2022)).containsExactlyInAnyOrderEntriesOf(
                Map.of("sjalvskada", 102L, "bemotande", 15L, "utforande-insats", 15L));
        assertThat(underlag.antalPerKategori(JAN_2021, DEC_2021)).containsExactlyInAnyOrderEntriesOf(
                Map.of("bemotande", 14L, "utforande-insats", 4L, "hot-vald", 16L));
        assertThat(underlag.antalPerEnhet(JAN_2022, DEC_2022)).containsExactlyInAnyOrderEntriesOf(
                Map.of("eken", 115L, "lyftet", 17L));
        assertThat(underlag.antalPerEnhet(JAN_2021, DEC_2021)).containsExactlyInAnyOrderEntriesOf(
                Map.of("eken", 20L, "lyftet", 14L));
    }

    @Test
    void raknarPerManadFranTolvManaderForePerioden() {
        seedfallet();

        var underlag = ar2022();

        assertThat(underlag.perKategori()).filteredOn(a -> a.id().equals("sjalvskada"))
                .extracting(Manadsantal::manad, Manadsantal::antal).containsExactly(
                        tuple(YearMonth.of(2022, 1), 9L), tuple(YearMonth.of(2022, 2), 9L),
                        tuple(YearMonth.of(2022, 3), 9L), tuple(YearMonth.of(2022, 4), 9L),
                        tuple(YearMonth.of(2022, 5), 9L), tuple(YearMonth.of(2022, 6), 9L),
                        tuple(YearMonth.of(2022, 7), 8L), tuple(YearMonth.of(2022, 8), 8L),
                        tuple(YearMonth.of(2022, 9), 8L), tuple(YearMonth.of(2022, 10), 8L),
                        tuple(YearMonth.of(2022, 11), 8L), tuple(YearMonth.of(2022, 12), 8L));
        assertThat(underlag.perEnhet()).extracting(Manadsantal::manad)
                .allMatch(m -> !m.isBefore(JAN_2021) && !m.isAfter(DEC_2022));
        assertThat(underlag.perKategori()).filteredOn(a -> a.manad().equals(YearMonth.of(2021, 1)))
                .containsExactly(new Manadsantal("bemotande", JAN_2021, 2),
                        new Manadsantal("hot-vald", JAN_2021, 2),
                        new Manadsantal("utforande-insats", JAN_2021, 1));
    }

    @Test
    void flaggarSjalvskadaInsatsenOchEkenMedOrdSomForklararVarfor() {
        seedfallet();

        assertThat(new Monsterregler(5, 2, 5, 50).flaggor(ar2022(), KATEGORIER::get, ENHETER::get))
                .containsExactly(
                        new Monsterflagga(Avser.KATEGORI, "sjalvskada", true, true,
                                "Självskada: 102 jämfört med 0 föregående år; 102 av 102 gäller samma person"),
                        new Monsterflagga(Avser.KATEGORI, "utforande-insats", true, false,
                                "Insats fördröjd eller felaktigt utförd: 15 jämfört med 4 föregående år"),
                        new Monsterflagga(Avser.ENHET, "eken", true, false,
                                "Gruppbostaden Eken: 115 jämfört med 20 föregående år"));
    }

    @Test
    void raknarBaraDeEnheterSomEfterfragas() {
        seedfallet();

        var lyftet = axon.query(new RaknaMonster(Set.of("lyftet"), JAN_2022, DEC_2022), Monsterunderlag.class);

        assertThat(lyftet.kategorier()).containsExactly(
                new Koncentration("utforande-insats", 10, 2, 5),
                new Koncentration("bemotande", 7, 3, 3));
        assertThat(lyftet.perEnhet()).extracting(Manadsantal::id).containsOnly("lyftet");
        assertThat(Monsterregler.STANDARD.flaggor(lyftet, KATEGORIER::get, ENHETER::get)).containsExactly(
                new Monsterflagga(Avser.KATEGORI, "utforande-insats", true, false,
                        "Insats fördröjd eller felaktigt utförd: 10 jämfört med 2 föregående år"));
        assertThat(axon.query(new RaknaMonster(Set.of(), JAN_2022, DEC_2022), Monsterunderlag.class))
                .isEqualTo(new Monsterunderlag(JAN_2022, DEC_2022, List.of(), List.of(), List.of()));
    }

    @Test
    void enHandelseSomLevererasIgenAndrarIngenting() {
        seedfallet();

        var fore = ar2022();
        var dokument = mongo.template().findAll(AvvikelseMonsterDokument.class);
        var index = index();

        List.copyOf(leveranser).forEach(l -> axon.publish("Avvikelse", l.id(), l.seq(), l.handelse()));

        assertThat(ar2022()).isEqualTo(fore);
        assertThat(mongo.template().findAll(AvvikelseMonsterDokument.class))
                .containsExactlyInAnyOrderElementsOf(dokument);
        assertThat(index()).isEqualTo(index);
    }

    @Test
    void iBatcherBlirIndexetDetSammaSomEnHandelseITaget() {
        seedfallet();
        var fore = ar2022();
        var index = index();
        new AvvikelseMonsterProjection(new AvvikelseMonsterRepository(mongo.template())).aterstall();
        assertThat(index()).as("the reset empties the index").isEmpty();

        // batches of 25: most reclassifications in their avvikelse's batch, some in the next
        var handelser = leveranser.stream().map(l -> new GenericDomainEventMessage<>("Avvikelse", l.id().toString(),
                l.seq(), l.handelse())).toList();
        for (int i = 0; i < handelser.size(); i += 25) {
            axon.publishBatch(handelser.subList(i, Math.min(i + 25, handelser.size())));
        }

        assertThat(index()).isEqualTo(index);
        assertThat(ar2022()).isEqualTo(fore);
    }

    @Test
    void helaOrganisationenRaknasSomAllaDessEnheterTillsammans() {
        seedfallet();

        assertThat(ar2022()).isEqualTo(axon.query(new RaknaMonster(Set.of("eken", "lyftet"), JAN_2022, DEC_2022),
                Monsterunderlag.class));
    }

    @Test
    void enAvvikelseForeDeTrettonManadernaEllerEfterPeriodenRaknasInte() {
        registrera("eken", "2024-02-29T22:30:00Z", "fall", "B-1");
        registrera("eken", "2024-02-29T23:30:00Z", "fall", "B-1");
        registrera("eken", "2025-03-10T09:00:00Z", "fall", "B-1");
        registrera("lyftet", "2025-03-31T22:30:00Z", "fall", "B-1");

        var underlag = mars2025();

        assertThat(underlag.perKategori()).as("March 2024 in Swedish time, not February").containsExactly(
                new Manadsantal("fall", YearMonth.of(2024, 3), 1), new Manadsantal("fall", MARS_2025, 1));
        assertThat(underlag.perEnhet()).containsExactly(
                new Manadsantal("eken", YearMonth.of(2024, 3), 1), new Manadsantal("eken", MARS_2025, 1));
        assertThat(underlag.kategorier()).containsExactly(new Koncentration("fall", 1, 1, 1));
    }

    @Test
    void omklassificeringFlyttarAvvikelsenMellanKategorierOchEnAldreKlassificeringGorIngenting() {
        var id = registrera("eken", "2025-03-10T09:00:00Z", "fall", "B-1");
        leverera(id, 1, klassificerad(id, "lakemedel"));
        assertThat(mars2025().kategorier()).containsExactly(new Koncentration("lakemedel", 1, 1, 1));

        leverera(id, 2, klassificerad(id, "fall"));
        leverera(id, 1, klassificerad(id, "lakemedel"));

        assertThat(mars2025().kategorier()).containsExactly(new Koncentration("fall", 1, 1, 1));
        assertThat(mars2025().perKategori()).containsExactly(new Manadsantal("fall", MARS_2025, 1));
    }

    @Test
    void enAvvikelseUtanBrukarreferensRaknasIMenIngenPerson() {
        for (int i = 0; i < 4; i++) {
            registrera("eken", "2025-03-10T09:00:00Z", "fall", "B-1");
        }
        registrera("eken", "2025-03-10T09:00:00Z", "fall", null);
        registrera("eken", "2025-03-10T09:00:00Z", "fall", "  ");

        var underlag = mars2025();

        assertThat(underlag.kategorier()).containsExactly(new Koncentration("fall", 6, 4, 1));
        assertThat(Monsterregler.STANDARD.flaggor(underlag, KATEGORIER::get, ENHETER::get)).containsExactly(
                new Monsterflagga(Avser.KATEGORI, "fall", true, false,
                        "Fall: 6 jämfört med 0 samma månad föregående år"),
                new Monsterflagga(Avser.ENHET, "eken", true, false,
                        "Gruppbostaden Eken: 6 jämfört med 0 samma månad föregående år"));
    }

    @Test
    void enAvvikelseFranEnSynpunktArOklassificeradOchGallerIngenKandPerson() {
        var id = AvvikelseId.nytt();
        leverera(id, 0, new AvvikelseRegistrerad(id, new EnhetId("eken"), Instant.parse("2025-03-10T09:00:00Z"),
                null, "Brukaren fick vänta på hjälp.", null, null, null, null, false, LISA,
                Instant.parse("2025-03-11T09:00:00Z"), SynpunktId.nytt()));

        assertThat(mars2025().kategorier()).containsExactly(new Koncentration("oklassificerad", 1, 0, 0));

        leverera(id, 1, klassificerad(id, "bemotande"));

        assertThat(mars2025().kategorier()).containsExactly(new Koncentration("bemotande", 1, 0, 0));
    }

    @Test
    void sammaKodIOlikaEnheterArInteSammaPerson() {
        for (int i = 0; i < 3; i++) {
            registrera("eken", "2025-03-10T09:00:00Z", "fall", "B-1");
            registrera("lyftet", "2025-03-10T09:00:00Z", "fall", "b-1");
        }

        assertThat(mars2025().kategorier()).containsExactly(new Koncentration("fall", 6, 3, 2));
    }

    @Test
    void manadenArDenSvenska() {
        registrera("eken", "2025-01-31T22:30:00Z", "fall", null);
        registrera("eken", "2025-01-31T23:30:00Z", "fall", null);

        var underlag = axon.query(new RaknaMonster(null, YearMonth.of(2025, 2), YearMonth.of(2025, 2)),
                Monsterunderlag.class);

        assertThat(underlag.perKategori()).containsExactly(
                new Manadsantal("fall", YearMonth.of(2025, 1), 1),
                new Manadsantal("fall", YearMonth.of(2025, 2), 1));
        assertThat(underlag.kategorier()).containsExactly(new Koncentration("fall", 1, 0, 0));
    }

    @Test
    void enPeriodUtanAvvikelserGerTommaSvarOchIngaFlaggor() {
        registrera("eken", "2025-03-10T09:00:00Z", "fall", "B-1");

        var underlag = axon.query(new RaknaMonster(null, YearMonth.of(2030, 1), YearMonth.of(2030, 3)),
                Monsterunderlag.class);

        assertThat(underlag).isEqualTo(new Monsterunderlag(YearMonth.of(2030, 1), YearMonth.of(2030, 3),
                List.of(), List.of(), List.of()));
        assertThat(Monsterregler.STANDARD.flaggor(underlag, KATEGORIER::get, ENHETER::get)).isEmpty();
    }

    @Test
    void aterstallningTommerLasmodellen() {
        registrera("eken", "2025-03-10T09:00:00Z", "fall", "B-1");

        new AvvikelseMonsterProjection(new AvvikelseMonsterRepository(mongo.template())).aterstall();

        assertThat(mars2025().kategorier()).isEmpty();
    }

    @Test
    void brukarreferensenSparasAldrig() {
        registrera("eken", "2025-03-10T09:00:00Z", "fall", "B-17");

        assertThat(mongo.template().getCollection("avvikelse-monster").find().first().toJson())
                .doesNotContain("B-17").doesNotContainIgnoringCase("b-17");
    }

    /** The index as stored: each document's rows, sorted. */
    private static Map<String, Set<String>> index() {
        Map<String, Set<String>> index = new TreeMap<>();
        for (Document d : mongo.template().findAll(Document.class, "avvikelse-monster-index")) {
            index.put(d.getString("_id"), new TreeSet<>(d.getList("rader", String.class)));
        }
        return index;
    }

    private Monsterunderlag ar2022() {
        return axon.query(new RaknaMonster(null, JAN_2022, DEC_2022), Monsterunderlag.class);
    }

    private Monsterunderlag mars2025() {
        return axon.query(new RaknaMonster(null, MARS_2025, MARS_2025), Monsterunderlag.class);
    }

    private static String manad(int ar, int i) {
        return "%d-%02d-15T10:00:00Z".formatted(ar, 1 + i % 12);
    }

    private AvvikelseId registrera(String enhet, String intraffade, String kategori, String brukarreferens) {
        var id = AvvikelseId.nytt();
        var tid = Instant.parse(intraffade);
        leverera(id, 0, new AvvikelseRegistrerad(id, new EnhetId(enhet), tid, "Köket", "Något hände.", null, 2,
                kategori == null ? null : new KategoriId(kategori), brukarreferens, false, LISA, tid.plusSeconds(3600),
                null));
        return id;
    }

    private static AvvikelseKlassificerad klassificerad(AvvikelseId id, String kategori) {
        return new AvvikelseKlassificerad(id, new KategoriId(kategori), Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET),
                2, 2, LISA, Instant.parse("2025-06-01T09:00:00Z"));
    }

    private void leverera(AvvikelseId id, long seq, Object handelse) {
        leveranser.add(new Leverans(id, seq, handelse));
        axon.publish("Avvikelse", id, seq, handelse);
    }

    private record Leverans(AvvikelseId id, long seq, Object handelse) {
    }
}
