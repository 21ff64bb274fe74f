package se.kvalitetsledning.atgard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

/** The yearly counts, read from the index, are what the åtgärder's events say. */
class AtgardRakningTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    private static final LocalDate FORFALLER = LocalDate.of(2025, 6, 30);
    /** 00:30 on New Year's Day in Sweden. */
    private static final Instant NYAR_2025 = Instant.parse("2024-12-31T23:30:00Z");
    /** 23:30 on New Year's Eve in Sweden. */
    private static final Instant NYARSAFTON_2025 = Instant.parse("2025-12-31T22:30:00Z");
    private static final Instant JANUARI_2026 = Instant.parse("2026-01-15T09:00:00Z");
    private static final Instant MARS_2026 = Instant.parse("2026-03-10T09:00:00Z");

    private ProjectionHarness axon;
    private final List<DomainEventMessage<?>> levererade = new ArrayList<>();

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new AtgardProjection(new AtgardRepository(mongo.template())));
    }

    @Test
    void forsenadEttArOchGenomfordNastaRaknasVartAretISvenskTid() {
        var id = AtgardId.nytt();
        leverera(id, foreslagen(id, NYAR_2025, "eken"), new AtgardBeslutad(id, HANNA, NYAR_2025),
                new AtgardForsenad(id, FORFALLER, NYARSAFTON_2025), new AtgardGenomford(id, null, HANNA, JANUARI_2026),
                new AtgardensEffektUtvarderad(id, Effektutfall.INGEN_EFFEKT, "Oförändrat", HANNA, MARS_2026));

        assertThat(rakna(2024, "eken")).containsExactly(new AtgardRakning("eken", 2024, 0, 0, 0, 0));
        assertThat(rakna(2025, "eken")).containsExactly(new AtgardRakning("eken", 2025, 1, 0, 1, 0));
        assertThat(rakna(2026, "eken")).containsExactly(new AtgardRakning("eken", 2026, 0, 1, 0, 0));
    }

    @Test
    void enAtgardForTvaEnheterRaknasForVarderaOchFlerForseningarSammaArEnGang() {
        var id = AtgardId.nytt();
        leverera(id, foreslagen(id, MARS_2026, "eken", "lyftet"), new AtgardForsenad(id, FORFALLER, MARS_2026),
                new AtgardForsenad(id, FORFALLER.plusDays(10), MARS_2026),
                new AtgardensEffektUtvarderad(id, Effektutfall.FICK_EFFEKT, "Färre fall", HANNA, MARS_2026));
        var annan = AtgardId.nytt();
        leverera(annan, foreslagen(annan, MARS_2026, "eken"));

        assertThat(rakna(2026, "lyftet", "eken", "asken")).containsExactly(
                new AtgardRakning("asken", 2026, 0, 0, 0, 0),
                new AtgardRakning("eken", 2026, 2, 0, 1, 1),
                new AtgardRakning("lyftet", 2026, 1, 0, 1, 1));
    }

    @Test
    void enAndradEnhetFlyttarAtgardensRaderTillDenNyaEnheten() {
        // no event changes an åtgärd's enheter today; the rows follow its document whatever changes in it
        var rader = new Radindex(mongo.template(), AtgardIndex.SAMLING);
        var index = new AtgardIndex(rader);
        var d = new AtgardDokument();
        d.id = "a-1";
        d.enheter = List.of("eken");
        d.foreslagen = MARS_2026;
        rader.flytta(Set.of(), AtgardIndex.rader(d));

        var fore = AtgardIndex.rader(d);
        d.enheter = List.of("asken", "lyftet");
        rader.flytta(fore, AtgardIndex.rader(d));

        assertThat(index.rakna(Set.of("eken", "asken", "lyftet"), 2026)).containsExactly(
                new AtgardRakning("asken", 2026, 1, 0, 0, 0),
                new AtgardRakning("eken", 2026, 0, 0, 0, 0),
                new AtgardRakning("lyftet", 2026, 1, 0, 0, 0));
    }

    @Test
    void enAldreHandelseSomLevererasIgenAndrarIngenting() {
        var id = AtgardId.nytt();
        leverera(id, foreslagen(id, NYAR_2025, "eken"), new AtgardForsenad(id, FORFALLER, NYARSAFTON_2025),
                new AtgardGenomford(id, null, HANNA, JANUARI_2026));
        var fore = index();

        List.copyOf(levererade).forEach(this::enITaget);

        assertThat(index()).isEqualTo(fore);
        assertThat(rakna(2025, "eken")).containsExactly(new AtgardRakning("eken", 2025, 1, 0, 1, 0));
        assertThat(rakna(2026, "eken")).containsExactly(new AtgardRakning("eken", 2026, 0, 1, 0, 0));
    }

    @Test
    void iBatcherBlirIndexetDetSammaSomEnHandelseITaget() {
        var a = AtgardId.nytt();
        var b = AtgardId.nytt();
        var handelser = List.<DomainEventMessage<?>>of(
                handelse(a, 0, foreslagen(a, NYAR_2025, "eken", "lyftet")),
                handelse(b, 0, foreslagen(b, NYAR_2025, "eken")),
                handelse(a, 1, new AtgardForsenad(a, FORFALLER, NYARSAFTON_2025)),
                handelse(b, 1, new AtgardAvskriven(b, "Inte aktuell", HANNA, JANUARI_2026)),
                handelse(a, 2, new AtgardGenomford(a, null, HANNA, JANUARI_2026)),
                handelse(a, 3, new AtgardensEffektUtvarderad(a, Effektutfall.DELVIS, "Bättre", HANNA, MARS_2026)));
        handelser.forEach(this::enITaget);
        var enITaget = index();
        new AtgardProjection(new AtgardRepository(mongo.template())).aterstall();
        assertThat(index()).as("the reset empties the index").isEmpty();

        axon.publishBatch(handelser.subList(0, 3));
        axon.publishBatch(handelser.subList(3, 6));

        assertThat(index()).isEqualTo(enITaget);
        assertThat(rakna(2025, "eken", "lyftet")).containsExactly(new AtgardRakning("eken", 2025, 2, 0, 1, 0),
                new AtgardRakning("lyftet", 2025, 1, 0, 1, 0));
        assertThat(rakna(2026, "eken", "lyftet")).containsExactly(new AtgardRakning("eken", 2026, 0, 1, 0, 1),
                new AtgardRakning("lyftet", 2026, 0, 1, 0, 1));
    }

    private List<AtgardRakning> rakna(int ar, String... enheter) {
        return axon.queryList(new RaknaAtgarder(Set.of(enheter), ar), AtgardRakning.class);
    }

    /** The index as stored: each document's rows, sorted. */
    private static Map<String, Set<String>> index() {
        Map<String, Set<String>> index = new TreeMap<>();
        for (Document d : mongo.template().findAll(Document.class, "atgard-index")) {
            index.put(d.getString("_id"), new TreeSet<>(d.getList("rader", String.class)));
        }
        return index;
    }

    /** An åtgärd's events from the first, one at a time. */
    private void leverera(AtgardId id, Object... handelser) {
        for (int seq = 0; seq < handelser.length; seq++) {
            var handelse = handelse(id, seq, handelser[seq]);
            levererade.add(handelse);
            enITaget(handelse);
        }
    }

    private void enITaget(DomainEventMessage<?> h) {
        axon.publish(h.getType(), h.getAggregateIdentifier(), h.getSequenceNumber(), h.getPayload());
    }

    private static DomainEventMessage<?> handelse(AtgardId id, long seq, Object handelse) {
        return new GenericDomainEventMessage<>("Atgard", id.toString(), seq, handelse);
    }

    private static AtgardForeslagen foreslagen(AtgardId id, Instant tid, String... enheter) {
        return new AtgardForeslagen(id, new Atgardsuppgifter("Ny rutin", "Beskrivning", Atgardstyp.FOREBYGGANDE,
                Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET),
                Stream.of(enheter).map(EnhetId::new).collect(Collectors.toSet()), HANNA, FORFALLER, "Effekt",
                "Mätning", Prioritet.MEDEL), Set.of(), HANNA, tid);
    }
}
