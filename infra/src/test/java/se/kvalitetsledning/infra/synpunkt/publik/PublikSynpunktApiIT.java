package se.kvalitetsledning.infra.synpunkt.publik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Lagerkontroll;
import se.kvalitetsledning.infra.test.Webbsession;

/**
 * The public endpoint treats what it gets as hostile: oversized fields and bodies are refused, markup is stored as
 * typed, a robot in the trap is answered as if received, and a flood from one client is cut off at the limit while
 * the application keeps answering. Nothing the public wrote reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublikSynpunktApiIT {

    private static final String SOKVAG = "/api/publik/synpunkter";
    private static final Map<String, String> SOM_JSON = Map.of("Content-Type", "application/json");
    private static final String HEMLIGT = "Greta-Hemlig-19121212";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KorandeApplikation app;

    @BeforeAll
    static void starta() {
        // the flood below runs against an application of its own, with a low limit
        app = KorandeApplikation.iMinnet("--kvalitetsledning.synpunkter.publik.max-inlamningar=1000");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void tarEmotUtanInloggningOchSvararMedIdOchReferens() {
        ApiKlient.Svar svar = app.anonym().post(SOKVAG, synpunkt("Personalen var trevlig"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        String id = svar.json().get("id").asText();
        assertThat(svar.json().get("referens").asText())
                .isEqualTo("SP-" + id.substring(0, 8).toUpperCase(Locale.ROOT));
        JsonNode inkommen = inkommen(app, id);
        assertThat(inkommen.get("kanal").asText()).isEqualTo("E_TJANST");
        assertThat(inkommen.at("/enhet/value").asText()).isEqualTo("hemtjanst-norr");
        assertThat(inkommen.has("registreradAv")).as("no one logged in").isFalse();
        assertThat(inkommen.at("/kontakt/epost").asText()).isEqualTo("eva@exempel.se");
    }

    @Test
    void forLangaFaltAvvisasMed400SomNamnerFaltet() {
        long fore = antalHandelser(app);
        assertThat(faltfel(synpunkt("a".repeat(8001)))).containsExactly("vadHande");
        assertThat(faltfel(med(synpunkt("Kort"), "onskemal", "b".repeat(4001)))).containsExactly("onskemal");
        ObjectNode langtNamn = (ObjectNode) las(synpunkt("Kort"));
        ((ObjectNode) langtNamn.get("kontakt")).put("namn", "c".repeat(201));
        assertThat(faltfel(langtNamn.toString())).containsExactly("kontakt.namn");
        assertThat(faltfel(med(synpunkt("Kort"), "enhet", "<script>alert(1)</script>"))).containsExactly("enhet");
        assertThat(antalHandelser(app)).isEqualTo(fore);
    }

    @Test
    void enForStorKroppAvvisasInnanDenLasesOchEnUtanAngivenStorlekLikaSa() throws Exception {
        long fore = antalHandelser(app);
        ApiKlient.Svar forStor = app.anonym().begar("POST", SOKVAG, SOM_JSON, synpunkt("x".repeat(200_000)));
        assertThat(forStor.status()).isEqualTo(413);
        assertThat(forStor.header("Content-Type")).startsWith("application/problem+json");
        assertThat(forStor.json().get("title").asText()).isEqualTo("För stor begäran");

        byte[] kropp = synpunkt("Kort").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> utanStorlek = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.basUrl() + SOKVAG)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(kropp))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(utanStorlek.statusCode()).as("chunked").isEqualTo(411);
        assertThat(antalHandelser(app)).isEqualTo(fore);
    }

    @Test
    void markeringOchSkriptSparasOrdagrantSomTextOchInteMer(CapturedOutput logg) {
        String markering = "<script>alert(1)</script> <img src=x onerror=alert(2)> {\"$where\":\"1\"} & "
                + HEMLIGT;
        long fore = antalHandelser(app);

        ApiKlient.Svar svar = app.anonym().post(SOKVAG, med(synpunkt("x"), "vadHande", markering));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        String id = svar.json().get("id").asText();
        assertThat(inkommen(app, id).get("vadHande").asText()).isEqualTo(markering);
        List<Document> handelser = new Lagerkontroll(databas(app)).handelser();
        assertThat(handelser).as("the synpunkt and its three deadlines, nothing else").hasSize((int) fore + 4)
                .filteredOn(h -> id.equals(h.getString("aggregat")))
                .extracting(h -> h.getString("payloadTyp").replace("se.kvalitetsledning.synpunkt.", ""))
                .containsExactlyInAnyOrder("SynpunktInkommen", "SynpunktensFristSatt", "SynpunktensFristSatt",
                        "SynpunktensFristSatt");
        assertThat(logg.getAll()).doesNotContain(HEMLIGT);
    }

    @Test
    void enRobotIFallanFarEttKvittoMenIngentingSparas() {
        long fore = antalHandelser(app);

        ApiKlient.Svar svar = app.anonym().post(SOKVAG, med(synpunkt("Köp billiga klockor"), "webbplats",
                "https://skrap.example"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        assertThat(svar.json().get("referens").asText()).matches("SP-[0-9A-F]{8}");
        assertThat(antalHandelser(app)).isEqualTo(fore);
    }

    @Test
    void avvisadIndataHamnarInteHellerILoggen(CapturedOutput logg) {
        String hemligt = "Hemlig-Avvisad-20201224";
        for (String kropp : List.of(med(synpunkt("x"), "typ", hemligt), med(synpunkt("x"), "enhet", hemligt),
                synpunkt(hemligt.repeat(500)), synpunkt(hemligt).replace("}", ""),
                synpunkt("x").replace("eva@exempel.se", hemligt))) {
            assertThat(app.anonym().post(SOKVAG, kropp).status()).as(kropp).isEqualTo(400);
        }
        assertThat(logg.getAll()).doesNotContain(hemligt);
    }

    @Test
    void baraInlamningenArOppenUtanInloggning() {
        assertThat(app.anonym().get(SOKVAG).status()).isEqualTo(401);
        assertThat(app.anonym().get("/api/avvikelser").status()).isEqualTo(401);
        assertThat(app.anonym().post("/api/avvikelser", "{}").status()).isEqualTo(401);
    }

    @Test
    void slutpunktenFinnsIOpenApiDokumentet() {
        JsonNode dokument = app.anonym().get("/v3/api-docs").json();
        assertThat(dokument.at("/paths/~1api~1publik~1synpunkter/post").isObject()).isTrue();
    }

    @Test
    void enFlodFranEnKlientStopparVidGransenUtanAttNagotMerSparasOchApplikationenSvararAnda(CapturedOutput logg)
            throws Exception {
        try (KorandeApplikation flodad = KorandeApplikation.iMinnet(
                "--kvalitetsledning.synpunkter.publik.max-inlamningar=5")) {
            ApiKlient klient = flodad.anonym();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<ApiKlient.Svar>> svar = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // a forged X-Forwarded-For does not make another client: no setting says to trust it
                Map<String, String> huvuden = Map.of("Content-Type", "application/json",
                        "X-Forwarded-For", "198.51.100." + (i % 250));
                String kropp = synpunkt("Flod nummer " + i + " " + HEMLIGT);
                svar.add(pool.submit(() -> klient.begar("POST", SOKVAG, huvuden, kropp)));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            List<ApiKlient.Svar> alla = new ArrayList<>();
            for (Future<ApiKlient.Svar> s : svar) {
                alla.add(s.get());
            }

            assertThat(alla.stream().collect(Collectors.groupingBy(ApiKlient.Svar::status, Collectors.counting())))
                    .containsOnly(entry(201, 5L), entry(429, 295L));
            ApiKlient.Svar avvisad = alla.stream().filter(s -> s.status() == 429).findFirst().orElseThrow();
            assertThat(avvisad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(avvisad.json().get("title").asText()).isEqualTo("För många inlämningar");
            assertThat(Long.parseLong(avvisad.header("Retry-After"))).isBetween(1L, 600L);
            assertThat(new Lagerkontroll(databas(flodad)).handelser())
                    .filteredOn(h -> h.getString("payloadTyp").endsWith(".SynpunktInkommen")).hasSize(5);

            Webbsession sida = Webbsession.anonym(flodad.basUrl());
            Webbsession.Sida formular = sida.get("/synpunkter/lamna");
            assertThat(formular.status()).as("the form still answers").isEqualTo(200);
            Webbsession.Sida avvisadSida = sida.post("/synpunkter/lamna", Map.of("typ", "BEROM",
                    "vadHande", "Tack till personalen", "_csrf", formular.falt(null, "_csrf")));
            assertThat(avvisadSida.status()).isEqualTo(429);
            assertThat(avvisadSida.html()).contains("Det har kommit många synpunkter från din adress på kort tid",
                    "Tack till personalen");
            assertThat(flodad.anonym().get("/v3/api-docs").status()).isEqualTo(200);
            assertThat(new Lagerkontroll(databas(flodad)).handelser())
                    .filteredOn(h -> h.getString("payloadTyp").endsWith(".SynpunktInkommen")).hasSize(5);
        }
        assertThat(logg.getAll()).doesNotContain(HEMLIGT);
    }

    private static List<String> faltfel(String kropp) {
        ApiKlient.Svar svar = app.anonym().post(SOKVAG, kropp);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        List<String> falt = new ArrayList<>();
        svar.json().get("fel").forEach(f -> falt.add(f.get("falt").asText()));
        return falt;
    }

    private static String synpunkt(String vadHande) {
        ObjectNode kropp = JSON.createObjectNode().put("typ", "KLAGOMAL").put("enhet", "hemtjanst-norr")
                .put("vadHande", vadHande).put("onskemal", "Att någon hör av sig");
        kropp.putObject("kontakt").put("namn", "Eva Ek").put("epost", "eva@exempel.se");
        return kropp.toString();
    }

    private static String med(String kropp, String falt, String varde) {
        return ((ObjectNode) las(kropp)).put(falt, varde).toString();
    }

    private static JsonNode las(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored event that received the synpunkt, as it lies in the event store. */
    private static JsonNode inkommen(KorandeApplikation app, String id) {
        return new Lagerkontroll(databas(app)).handelser().stream()
                .filter(h -> id.equals(h.getString("aggregat"))
                        && h.getString("payloadTyp").endsWith(".SynpunktInkommen"))
                .map(h -> las(h.getString("payload")))
                .findFirst().orElseThrow(() -> new AssertionError("no SynpunktInkommen for " + id));
    }

    private static long antalHandelser(KorandeApplikation app) {
        return databas(app).getCollection("handelser").countDocuments();
    }

    private static MongoDatabase databas(KorandeApplikation app) {
        return app.bona(MongoClient.class).getDatabase("kvalitetsledning");
    }
}
