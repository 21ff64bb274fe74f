package se.kvalitetsledning.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.ANNA;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.LISA;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.OMAR;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.ateroppnad;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.avslutad;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.klassificerad;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.registrering;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.tilldelad;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

/**
 * The list read through its index gives, for random histories and random filters, the page and total that filtering
 * and sorting every stored avvikelse gives; and the index is the same however its events were delivered.
 */
class AvvikelseListindexTest {

    private static final List<String> ENHETER = List.of("eken", "bjorken", "lyftet");
    private static final List<String> KATEGORIER = List.of("fall", "lakemedel", "bemotande");
    private static final Instant FORSTA = Instant.parse("2023-01-01T00:00:00Z");
    private static final int DAGAR = 3 * 365;
    private static final List<String> INDEX = List.of("avvikelse-lista", "avvikelse-lista-antal",
            "avvikelse-lista-hinkantal", "avvikelse-rapportorer");

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private final List<GenericDomainEventMessage<Object>> handelser = new ArrayList<>();
    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(projektion());
    }

    @Test
    void varjeUrvalOchSidaArDensammaSomAllaAvvikelserFiltreradeOchSorterade() {
        sammaSomFiltreradeOchSorterade(new Random(7), DAGAR);
    }

    /** Many rows in each month, so every one of all enheter's hinkar holds several and a page reads across them. */
    @Test
    void enTatHistorikGerSammaSidorSomAllaAvvikelserFiltreradeOchSorterade() {
        sammaSomFiltreradeOchSorterade(new Random(5), 75);
    }

    private void sammaSomFiltreradeOchSorterade(Random slump, int dagar) {
        historik(slump, 300, dagar);
        handelser.forEach(this::leverera);
        var alla = mongo.template().findAll(AvvikelseDokument.class);

        for (int i = 0; i < 600; i++) {
            var fraga = urval(slump, dagar);
            var forvantat = filtrerade(alla, fraga);
            var sida = axon.query(fraga, AvvikelseSida.class);

            int fran = Math.min(fraga.sida() * fraga.storlek(), forvantat.size());
            assertThat(sida.rader()).as("%s", fraga).extracting(AvvikelseSida.Rad::id).containsExactlyElementsOf(
                    forvantat.subList(fran, Math.min(fran + fraga.storlek(), forvantat.size())));
            assertThat(sida.totalt()).as("%s", fraga).isEqualTo(forvantat.size());
        }
    }

    /** Lists asked between batches, with the counts they read kept in memory, show every batch's changes. */
    @Test
    void listorMellanBatcherVisarVarjeBatch() {
        var slump = new Random(17);
        historik(slump, 150, 75);
        for (int i = 0; i < handelser.size(); i += 40) {
            axon.publishBatch(handelser.subList(i, Math.min(i + 40, handelser.size())));
            var alla = mongo.template().findAll(AvvikelseDokument.class);
            for (int j = 0; j < 20; j++) {
                var fraga = urval(slump, 75);
                assertThat(axon.query(fraga, AvvikelseSida.class).totalt()).as("%s", fraga)
                        .isEqualTo(filtrerade(alla, fraga).size());
            }
        }
    }

    @Test
    void varjeHandelseTvaGangerOchIBatcherGerSammaIndexSomEnGang() {
        historik(new Random(11), 120, DAGAR);
        handelser.forEach(this::leverera);
        var enGang = index();

        projektion().aterstall();
        assertThat(index()).as("the reset empties the index").allSatisfy(d -> assertThat(d).isEmpty());
        handelser.forEach(h -> {
            leverera(h);
            leverera(h);
        });
        assertThat(index()).isEqualTo(enGang);

        projektion().aterstall();
        for (int i = 0; i < handelser.size(); i += 25) {
            axon.publishBatch(handelser.subList(i, Math.min(i + 25, handelser.size())));
        }
        assertThat(index()).isEqualTo(enGang);
    }

    /**
     * A batch that stopped after the month documents and hinkar were written, before their counts and the avvikelser
     * were: its redelivery writes the counts from the hinkar it finds changed already.
     */
    @Test
    void enBatchSomStannadeEfterRadernaGorsOmTillSammaIndex() {
        historik(new Random(13), 150, 75);
        int halva = handelser.size() / 2;
        axon.publishBatch(handelser.subList(0, halva));
        var fore = samlingar();
        axon.publishBatch(handelser.subList(halva, handelser.size()));
        var hela = samlingar();

        fore.forEach((samling, dokument) -> {
            if (!samling.equals("avvikelse-lista")) {
                mongo.template().remove(new Query(), samling);
                dokument.forEach(d -> mongo.template().insert(d, samling));
            }
        });
        assertThat(samlingar()).as("the stop is seen").isNotEqualTo(hela);
        axon.publishBatch(handelser.subList(halva, handelser.size()));

        assertThat(samlingar()).isEqualTo(hela);
    }

    @Test
    void enPeriodSomSkarManaderRaknarBaraDagarnaIDen() {
        historik(new Random(3), 200, DAGAR);
        handelser.forEach(this::leverera);
        var alla = mongo.template().findAll(AvvikelseDokument.class);

        var fraga = new ListaAvvikelser(null, null, null, LocalDate.of(2023, 3, 15), LocalDate.of(2023, 7, 15), null,
                null, 0, 1000);
        var sida = axon.query(fraga, AvvikelseSida.class);

        assertThat(sida.totalt()).isEqualTo(filtrerade(alla, fraga).size()).isPositive();
    }

    private AvvikelseProjection projektion() {
        return new AvvikelseProjection(new AvvikelseRepository(mongo.template()));
    }

    /** Avvikelser over {@code dagar} days from 2023, each registered and then taken some way through its handling. */
    private void historik(Random slump, int antal, int dagar) {
        for (int i = 0; i < antal; i++) {
            var id = AvvikelseId.nytt();
            // on the hour, so some fall on a Swedish midnight that is another day (and month) in UTC; with nanoseconds,
            // which the database does not keep, so a row made from the event must equal one made from the document
            var intraffade = FORSTA.plusSeconds(3600L * slump.nextInt(dagar * 24)).plusNanos(slump.nextInt(1_000_000));
            List<Object> forlopp = new ArrayList<>();
            forlopp.add(registrering(id).enhet(valj(slump, ENHETER)).intraffade(intraffade.toString())
                    .foreslagenKategori(slump.nextBoolean() ? valj(slump, KATEGORIER) : null)
                    .rapportor(valj(slump, List.of(LISA, OMAR, ANNA))).event());
            if (slump.nextInt(4) > 0) {
                forlopp.add(tilldelad(id, OMAR));
            }
            if (slump.nextInt(3) > 0) {
                forlopp.add(klassificerad(id, valj(slump, KATEGORIER), 1 + slump.nextInt(4), 1 + slump.nextInt(4),
                        Kvalitetsomrade.TRYGGHET_OCH_SAKERHET));
            }
            if (slump.nextInt(3) == 0) {
                forlopp.add(avslutad(id));
                if (slump.nextInt(4) == 0) {
                    forlopp.add(ateroppnad(id));
                }
            }
            for (int seq = 0; seq < forlopp.size(); seq++) {
                handelser.add(new GenericDomainEventMessage<>("Avvikelse", id.toString(), seq, forlopp.get(seq)));
            }
        }
    }

    private static ListaAvvikelser urval(Random slump, int dagar) {
        Set<String> enheter = switch (slump.nextInt(5)) {
            case 0, 1 -> null;
            case 2 -> Set.of(valj(slump, ENHETER));
            case 3 -> Set.of("eken", "lyftet");
            default -> slump.nextInt(10) == 0 ? Set.of() : Set.of("bjorken", "okand");
        };
        var status = slump.nextBoolean() ? null : valj(slump, List.of(AvvikelseStatus.values()));
        var kategori = slump.nextBoolean() ? null : valj(slump, List.of("", "fall", "lakemedel", "bemotande"));
        var riskfarg = slump.nextInt(3) > 0 ? null : valj(slump, List.of(Riskfarg.values()));
        var fran = slump.nextBoolean() ? null : LocalDate.of(2023, 1, 1).plusDays(slump.nextInt(dagar));
        var till = slump.nextBoolean() ? null : LocalDate.of(2023, 1, 1).plusDays(slump.nextInt(dagar));
        return new ListaAvvikelser(enheter, status, kategori, fran, till, riskfarg, null, slump.nextInt(5),
                1 + slump.nextInt(40));
    }

    private static List<String> filtrerade(List<AvvikelseDokument> alla, ListaAvvikelser f) {
        return alla.stream()
                .filter(d -> f.enheter() == null || f.enheter().contains(d.enhet))
                .filter(d -> f.status() == null || f.status() == d.status)
                .filter(d -> f.kategori() == null || f.kategori().isBlank() || f.kategori().equals(d.kategori))
                .filter(d -> f.riskfarg() == null || f.riskfarg() == d.riskfarg)
                .filter(d -> f.fran() == null || !d.intraffade.isBefore(SvenskTid.dagensBorjan(f.fran())))
                .filter(d -> f.till() == null || d.intraffade.isBefore(SvenskTid.dagensBorjan(f.till().plusDays(1))))
                .sorted(Comparator.comparing((AvvikelseDokument d) -> d.intraffade)
                        .thenComparing(d -> d.id).reversed())
                .map(d -> d.id)
                .toList();
    }

    private void leverera(GenericDomainEventMessage<Object> handelse) {
        axon.publish(handelse.getType(), handelse.getAggregateIdentifier(), handelse.getSequenceNumber(),
                handelse.getPayload());
    }

    private static List<List<Document>> index() {
        return INDEX.stream().map(samling -> mongo.template().find(new Query().with(Sort.by("_id")), Document.class,
                samling)).toList();
    }

    /** Every collection's documents by _id, by collection. */
    private static Map<String, List<Document>> samlingar() {
        Map<String, List<Document>> samlingar = new TreeMap<>();
        for (String samling : mongo.template().getCollectionNames()) {
            var dokument = mongo.template().find(new Query().with(Sort.by("_id")), Document.class, samling);
            if (samling.endsWith("-stamplar")) {
                // marks are new and random in every batch: which parts are marked is what must be the same
                dokument.replaceAll(d -> new Document("_id", d.get("_id")));
            }
            samlingar.put(samling, dokument);
        }
        return samlingar;
    }

    private static <T> T valj(Random slump, List<T> val) {
        return val.get(slump.nextInt(val.size()));
    }
}
