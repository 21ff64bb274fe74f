package se.kvalitetsledning.infra.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import se.kvalitetsledning.infra.demodata.Historikgenerator;
import se.kvalitetsledning.infra.demodata.Historikgenerator.Omfang;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Lagerkontroll;
import se.kvalitetsledning.projektion.GlesaProjektioner;

/**
 * Eight writers send a history through the command bus while every projection runs live. Afterwards every
 * projection has handled every event it handles exactly once (R2), and a rebuild of every projection from the
 * events gives the same documents as the live ones (R3).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjektionerUnderLastIT {

    /** The array fields that hold sets of ids (see Batchmangder), compared whatever their order. */
    private static final Map<String, Set<String>> MANGDER = Map.of(
            "avvikelse-rakning", Set.of("avvikelser"),
            "avvikelse-rakning-index", Set.of("rader"),
            "arendeflode-index", Set.of("inkomna", "avslutade", "oppna", "forsenade"),
            "egenkontroll-index", Set.of("rader"),
            "riskanalys-index", Set.of("rader"),
            "synpunkt-index", Set.of("rader"),
            "atgard-index", Set.of("rader"),
            "avvikelse-monster-index", Set.of("rader"),
            "avvikelse-rapportorer", Set.of("rader"));
    /** Marks of change (see Stamplar), new and random in each batch: only which parts are marked is compared. */
    private static final String STAMPLAR = "-stamplar";
    private static final int SKRIVARE = 8;
    /** About 8,000 events; {@code -Dtunga-tester=true} about 110,000. */
    private static final Omfang OMFANG = Boolean.getBoolean("tunga-tester")
            ? new Omfang(10, SKRIVARE, 200) : new Omfang(2, SKRIVARE, 70);
    /** The stores' own collections and the read models' versions; everything else is a projection. */
    private static final Set<String> INTE_PROJEKTIONER = Set.of("handelser", "handelseraknare", "ogonblicksbilder",
            "trackingtokens", "sagas", "lasmodellversioner");

    private KorandeApplikation app;
    private MongoDatabase databas;
    private Map<String, Map<String, Integer>> levereradeLive;
    private List<Document> handelser;

    @BeforeAll
    void skrivUnderLast() throws Exception {
        // the deadline watch would add reminders to a year of passed deadlines between the live documents and the
        // rebuilt ones, whenever the run outlasts its first look
        app = KorandeApplikation.iMinnetMed(List.of("--kvalitetsledning.fristbevakning.intervall=PT1H"),
                Leveransregister.class);
        databas = app.bona(MongoClient.class).getDatabase("kvalitetsledning");
        long start = System.nanoTime();
        long kommandon = app.bona(Historikgenerator.class).generera(OMFANG, 5, SKRIVARE);
        long skrivtid = (System.nanoTime() - start) / 1_000_000;
        Projektioner projektioner = app.bona(Projektioner.class);
        await().atMost(Duration.ofMinutes(10)).untilAsserted(() ->
                assertThat(projektioner.status()).allMatch(Projektioner.Status::ikapp));
        levereradeLive = app.bona(Leveransregister.class).levererade();
        handelser = new Lagerkontroll(databas).handelser();
        System.out.printf("ProjektionerUnderLastIT: %d kommandon från %d skrivare på %d ms, %d händelser i lagret%n",
                kommandon, SKRIVARE, skrivtid, handelser.size());
        assertThat(kommandon).isGreaterThan(5_000);
    }

    @AfterAll
    void stang() {
        app.close();
    }

    @Test
    void varjeProjektionHarHanteratVarjeHandelseExaktEnGang() throws Exception {
        List<TrackingEventProcessor> processorer = app.bona(EventProcessingConfiguration.class)
                .eventProcessors().values().stream()
                .map(TrackingEventProcessor.class::cast).toList();
        assertThat(processorer).extracting(TrackingEventProcessor::getName)
                .contains("avvikelse", "avvikelse-statistik", "avvikelse-monster", GlesaProjektioner.NAMN);
        for (TrackingEventProcessor processor : processorer) {
            Map<String, Integer> forvantade = new TreeMap<>();
            for (Document handelse : handelser) {
                if (processor.eventHandlerInvoker().canHandleType(Class.forName(handelse.getString("payloadTyp")))) {
                    forvantade.put(handelse.getString("handelseId"), 1);
                }
            }
            Map<String, Integer> levererade = new TreeMap<>(levereradeLive.getOrDefault(processor.getName(), Map.of()));
            System.out.printf("  %-22s %6d händelser, %6d leveranser%n", processor.getName(), forvantade.size(),
                    levererade.values().stream().mapToInt(Integer::intValue).sum());
            assertThat(forvantade).as(processor.getName()).isNotEmpty();
            assertThat(levererade).as("%s: every event it handles, each exactly once", processor.getName())
                    .isEqualTo(forvantade);
        }
    }

    @Test
    void avvikelseprojektionenStammerMedHandelsernaOchIngenCommitArHalv() {
        new Lagerkontroll(databas).helaCommits().avvikelserStammer();
    }

    @Test
    void ombyggnadFranHandelsernaGerSammaDokumentSomLive() {
        Map<String, List<Document>> live = projektionsdokument();
        assertThat(live).containsKeys("avvikelse", "avvikelse-monster", "organisation", "kategori");
        Projektioner projektioner = app.bona(Projektioner.class);
        projektioner.byggOm();
        await().atMost(Duration.ofMinutes(10)).untilAsserted(() ->
                assertThat(projektioner.status()).allMatch(Projektioner.Status::ikapp));
        Map<String, List<Document>> ombyggda = projektionsdokument();
        assertThat(ombyggda.keySet()).isEqualTo(live.keySet());
        live.forEach((samling, dokument) -> {
            System.out.printf("  %-28s %6d dokument live och ombyggda%n", samling, dokument.size());
            assertThat(ombyggda.get(samling)).as(samling).hasSameSizeAs(dokument);
            for (int i = 0; i < dokument.size(); i++) {
                assertThat(ombyggda.get(samling).get(i)).as(samling).isEqualTo(dokument.get(i));
            }
        });
    }

    private Map<String, List<Document>> projektionsdokument() {
        Map<String, List<Document>> dokument = new TreeMap<>();
        for (String samling : databas.listCollectionNames()) {
            List<Document> innehall = databas.getCollection(samling).find().sort(Sorts.ascending("_id"))
                    .batchSize(5_000).into(new ArrayList<>());
            innehall.forEach(d -> MANGDER.getOrDefault(samling, Set.of()).forEach(falt -> sortera(d, falt)));
            if (samling.endsWith(STAMPLAR)) {
                innehall.replaceAll(d -> new Document("_id", d.get("_id")));
            }
            // an empty collection is no collection: a reset may create one that the live run never touched
            if (!INTE_PROJEKTIONER.contains(samling) && !innehall.isEmpty()) {
                dokument.put(samling, innehall);
            }
        }
        return dokument;
    }

    /** A set's order is the order its ids happened to be delivered in, which live and replay need not share. */
    @SuppressWarnings("unchecked")
    private static void sortera(Document dokument, String falt) {
        List<String> mangd = (List<String>) dokument.get(falt);
        if (mangd != null) {
            dokument.put(falt, mangd.stream().sorted().toList());
        }
    }
}
