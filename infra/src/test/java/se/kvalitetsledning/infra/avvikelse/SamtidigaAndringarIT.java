package se.kvalitetsledning.infra.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.infra.test.AvvikelseFixtures.ny;
import static se.kvalitetsledning.infra.test.AvvikelseFixtures.registrera;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.infra.mongo.LagringEgenskaper;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webbsession;

/**
 * Many clients changing the same avvikelse at once: each conflict is a 409 (or, in the web UI, the conflict
 * message) or a retried success, never a lost update. Snapshots every few events, so they are taken mid-burst.
 */
class SamtidigaAndringarIT {

    private static final int KLIENTER = 16;
    private static final int WEBBSESSIONER = 6;
    private static final String ATERKOPPLING_GIVEN = "Återkoppling given";

    private static KorandeApplikation app;
    private static ApiKlient anna;
    private static ApiKlient hanna;
    private static ApiKlient karin;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet("--kvalitetsledning.handelselager.ogonblicksbild-varje=5");
        anna = app.som("anna");
        hanna = app.som("hanna");
        karin = app.som("karin");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void enSkurMedSammaVersionGerEnLyckadPerVersionOchResten409() {
        String id = registrera(anna, "Skur av ändringar");
        for (long version = 0; version < 3; version++) {
            long sedd = version;
            IntFunction<String> skur = i -> "Skur " + sedd + " från klient " + i;
            List<ApiKlient.Svar> svar = samtidigt(KLIENTER,
                    i -> klient(i).post(aterkoppling(id), text(skur.apply(i)), etag(sedd)));

            assertThat(svar).as("answers to version " + sedd).extracting(ApiKlient.Svar::status)
                    .containsOnlyOnce(200).containsOnly(200, 409);
            int vinnare = svar.stream().map(ApiKlient.Svar::status).toList().indexOf(200);
            assertThat(svar.get(vinnare).json().get("version").asLong()).isEqualTo(sedd + 1);
            assertThat(svar).filteredOn(s -> s.status() == 409).allSatisfy(s -> assertKonflikt(s, sedd + 1));
            assertThat(hanna.get("/api/avvikelser/" + id).json().get("aterkoppling").asText())
                    .isEqualTo(skur.apply(vinnare));
        }

        assertThat(samtidigt(KLIENTER, i -> klient(i).post(aterkoppling(id), text("För sent " + i), etag(0))))
                .allSatisfy(s -> assertKonflikt(s, 3));
        assertKonflikt(hanna.post(aterkoppling(id), text("Från framtiden"), etag(99)), 3);

        JsonNode avvikelse = hanna.get("/api/avvikelser/" + id).json();
        assertThat(avvikelse.get("version").asLong()).isEqualTo(3);
        assertThat(rubriker(avvikelse, ATERKOPPLING_GIVEN)).hasSize(3);
        assertThat(handelser(id)).hasSize(4);
    }

    @Test
    void klienterSomForsokerIgenVid409LyckasAllaOchIngenAndringForsvinner() {
        String id = registrera(anna, "Alla vill ge återkoppling");
        long fore = hanna.get("/api/avvikelser/" + id).json().get("version").asLong();

        List<Integer> konflikter = samtidigt(KLIENTER, i -> tillsLyckad(klient(i), id, fore, besked(i), i % 2 == 0));

        assertThat(konflikter.stream().mapToInt(Integer::intValue).sum())
                .as("all started from the same version, so all but one met at least one 409")
                .isGreaterThanOrEqualTo(KLIENTER - 1);
        JsonNode avvikelse = hanna.get("/api/avvikelser/" + id).json();
        assertThat(avvikelse.get("version").asLong()).isEqualTo(fore + KLIENTER);
        assertThat(rubriker(avvikelse, ATERKOPPLING_GIVEN)).extracting(h -> h.get("detalj").asText())
                .containsExactlyInAnyOrderElementsOf(texter(KLIENTER, SamtidigaAndringarIT::besked));

        List<Document> handelser = handelser(id);
        assertThat(handelser).extracting(h -> h.getLong("sekvens"))
                .containsExactlyElementsOf(IntStream.rangeClosed(0, KLIENTER).mapToObj(Long::valueOf).toList());
        assertThat(handelser).filteredOn(h -> h.getString("payloadTyp").endsWith(".AterkopplingGiven"))
                .extracting(h -> las(h.getString("payload")).get("text").asText())
                .containsExactlyInAnyOrderElementsOf(texter(KLIENTER, SamtidigaAndringarIT::besked));
    }

    @Test
    void iWebbenFarDenSomSparatEnGammalVersionBeskedOchKanSparaIgen() {
        String id = registrera(anna, "Samtidigt i webben");
        List<Webbsession> sessioner = IntStream.range(0, WEBBSESSIONER)
                .mapToObj(i -> Webbsession.loggaIn(app.basUrl(), i % 2 == 0 ? "hanna" : "karin")).toList();
        List<Webbsession.Sida> sidor = sessioner.stream().map(s -> s.get("/avvikelser/" + id)).toList();
        assertThat(sidor).allSatisfy(s -> assertThat(s.falt("aterkoppling", "version")).isEqualTo("0"));

        List<List<Webbsession.Sida>> forsok = samtidigt(WEBBSESSIONER,
                i -> sparaTillsLyckad(sessioner.get(i), sidor.get(i), id, webbaterkoppling(i)));

        assertThat(forsok).extracting(f -> f.get(0).status()).as("the first attempts, all at version 0")
                .containsOnlyOnce(302).containsOnly(302, 200);
        assertThat(forsok).allSatisfy(f -> {
            assertThat(f.get(f.size() - 1).plats()).endsWith("/avvikelser/" + id);
            f.subList(0, f.size() - 1).forEach(konflikt -> assertThat(konflikt.html())
                    .contains("Någon annan har ändrat avvikelsen medan du arbetade"));
        });
        JsonNode avvikelse = hanna.get("/api/avvikelser/" + id).json();
        assertThat(avvikelse.get("version").asLong()).isEqualTo(WEBBSESSIONER);
        assertThat(rubriker(avvikelse, "Återkoppling given")).extracting(h -> h.get("detalj").asText())
                .containsExactlyInAnyOrderElementsOf(texter(WEBBSESSIONER, SamtidigaAndringarIT::webbaterkoppling));
    }

    @Test
    void sammaRapportSkickadSamtidigtRegistrerasEnGang() {
        String id = UUID.randomUUID().toString();
        String rapport = ny("gruppbostad-eken", "Dubbeltryck i skur").replace("{", "{\"id\":\"" + id + "\",");

        assertThat(samtidigt(KLIENTER, i -> anna.post("/api/avvikelser", rapport))).allSatisfy(svar -> {
            assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
            assertThat(svar.json().get("id").asText()).isEqualTo(id);
        });
        assertThat(handelser(id)).hasSize(1);
    }

    /**
     * Sends one change until it is accepted, as a careful client does: after a 409 it takes the version to expect
     * either from a fresh read of the case or from the conflict answer. Returns how many 409s it got.
     */
    private static int tillsLyckad(ApiKlient klient, String id, long sedd, String text, boolean lasOm) {
        long version = sedd;
        for (int konflikter = 0; konflikter < 100; konflikter++) {
            ApiKlient.Svar svar = klient.post(aterkoppling(id), text(text), etag(version));
            if (svar.status() == 200) {
                return konflikter;
            }
            assertThat(svar.status()).as(svar.toString()).isEqualTo(409);
            version = svar.json().get("aktuellVersion").asLong();
            if (lasOm) {
                long last = Long.parseLong(klient.get("/api/avvikelser/" + id).header("ETag").replace("\"", ""));
                assertThat(last).as("reading again after a 409 shows the change it conflicted with")
                        .isGreaterThanOrEqualTo(version);
                version = last;
            }
        }
        throw new AssertionError(text + ": no success in 100 attempts");
    }

    /** Saves the form until the page redirects; after a conflict the page offers the form at the latest version. */
    private static List<Webbsession.Sida> sparaTillsLyckad(Webbsession session, Webbsession.Sida sida, String id,
                                                           String text) {
        List<Webbsession.Sida> svar = new ArrayList<>();
        Webbsession.Sida senaste = sida;
        while (svar.size() < 50) {
            Webbsession.Sida utfall = session.post("/avvikelser/" + id + "/aterkoppling", Map.of(
                    "_csrf", senaste.falt("aterkoppling", "_csrf"),
                    "version", senaste.falt("aterkoppling", "version"),
                    "text", text));
            svar.add(utfall);
            if (utfall.status() != 200) {
                assertThat(utfall.status()).as(utfall.toString()).isEqualTo(302);
                return svar;
            }
            assertThat(Long.parseLong(utfall.falt("aterkoppling", "version")))
                    .as("after a conflict the page shows a later version than the one sent")
                    .isGreaterThan(Long.parseLong(senaste.falt("aterkoppling", "version")));
            senaste = utfall;
        }
        throw new AssertionError(text + ": not saved in 50 attempts");
    }

    private static void assertKonflikt(ApiKlient.Svar svar, long aktuellVersion) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(409);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(svar.json().get("detail").asText()).contains("Ärendet har ändrats sedan du hämtade det");
        assertThat(svar.json().get("aktuellVersion").asLong()).isEqualTo(aktuellVersion);
    }

    /** Runs one task per client, all released at the same moment, and returns their results in client order. */
    private static <T> List<T> samtidigt(int antal, IntFunction<T> uppgift) {
        ExecutorService tradar = Executors.newFixedThreadPool(antal);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> pagaende = IntStream.range(0, antal).mapToObj(i -> tradar.submit(() -> {
                start.await();
                return uppgift.apply(i);
            })).toList();
            start.countDown();
            List<T> resultat = new ArrayList<>();
            for (Future<T> f : pagaende) {
                resultat.add(f.get(30, TimeUnit.SECONDS));
            }
            return resultat;
        } catch (Exception e) {
            throw new AssertionError("a client failed", e);
        } finally {
            tradar.shutdownNow();
        }
    }

    private static ApiKlient klient(int i) {
        return i % 2 == 0 ? hanna : karin;
    }

    private static String aterkoppling(String id) {
        return "/api/avvikelser/" + id + "/aterkoppling";
    }

    private static String besked(int klient) {
        return "Återkoppling från klient " + klient;
    }

    private static String webbaterkoppling(int session) {
        return "Webbåterkoppling " + session;
    }

    private static List<String> texter(int antal, IntFunction<String> text) {
        return IntStream.range(0, antal).mapToObj(text).toList();
    }

    private static String text(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static List<JsonNode> rubriker(JsonNode avvikelse, String rubrik) {
        return StreamSupport.stream(avvikelse.get("historik").spliterator(), false)
                .filter(h -> h.get("rubrik").asText().equals(rubrik)).toList();
    }

    /** The case's events as the store holds them, in sequence order. */
    private static List<Document> handelser(String id) {
        return app.bona(MongoClient.class).getDatabase(app.bona(LagringEgenskaper.class).databas())
                .getCollection("handelser").find(Filters.eq("aggregat", id)).sort(new Document("sekvens", 1))
                .into(new ArrayList<>());
    }

    private static JsonNode las(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }
}
