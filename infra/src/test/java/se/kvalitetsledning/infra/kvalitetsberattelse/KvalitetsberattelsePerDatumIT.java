package se.kvalitetsledning.infra.kvalitetsberattelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * A fastställd kvalitetsberättelse rebuilt from the events as they stood when its numbers were generated: it equals
 * the fastställd edition table for table although avvikelser of its year are filed, reclassified and closed later,
 * while a rebuild as of today sees them.
 */
class KvalitetsberattelsePerDatumIT {

    private static final String BAS = "/api/kvalitetsberattelser";
    private static final int FJOL = LocalDate.now(SvenskTid.ZON).getYear() - 1;

    private static KorandeApplikation app;
    private static ApiKlient anna;
    private static ApiKlient hanna;
    private static ApiKlient karin;
    private static ApiKlient lars;
    private static String id;
    private static String forsta;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        anna = app.som("anna");
        hanna = app.som("hanna");
        karin = app.som("karin");
        lars = app.som("lars");
        forsta = registrera(FJOL + "-06-15T10:00", "Brukaren blev illa bemött vid maten");
        registrera(FJOL + "-09-02T21:30", "Kvällsbesöket blev inte av");
        klassificera(forsta, "bemotande", 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> avvikelserIFjol() == 2 && antal("bemotande") == 1);
        ApiKlient.Svar skapad = karin.post(BAS, """
                {"ar":%d,"omfang":{"niva":"VERKSAMHETSOMRADE","id":"lss"}}""".formatted(FJOL));
        assertThat(skapad.status()).as(skapad.toString()).isEqualTo(201);
        id = skapad.json().get("id").asText();
        assertThat(lars.post(BAS + "/" + id + "/faststallande", "{}", "\"0\"").status()).isEqualTo(200);
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void faststalldAterskapasExaktPerSinGenereringMenIdagSynsDetSomKomSenare() {
        JsonNode faststalld = karin.get(BAS + "/" + id).json();
        assertThat(faststalld.get("faststalld").asBoolean()).isTrue();
        String genererad = faststalld.get("genererad").asText();

        registrera(FJOL + "-11-20T08:00", "Fel läkemedel gavs på morgonen");
        klassificera(forsta, "utforande-insats", 1);
        String stangd = AvvikelseFixtures.klarForAvslut(anna, hanna, "Dörren stod olåst");
        ApiKlient.Svar avslut = hanna.post("/api/avvikelser/" + stangd + "/avslut", "{}", "\"4\"");
        assertThat(avslut.status()).as(avslut.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> avvikelserIFjol() == 3 && antal("utforande-insats") == 1);

        JsonNode oforandrad = karin.get(BAS + "/" + id).json();
        assertThat(oforandrad.get("version")).isEqualTo(faststalld.get("version"));
        assertThat(oforandrad.get("avsnitt")).isEqualTo(faststalld.get("avsnitt"));

        JsonNode perGenerering = per(genererad);
        assertThat(perGenerering.get("skiljerSigFranUtgavan")).isEmpty();
        assertThat(totalt(perGenerering)).isEqualTo(2);
        assertThat(tabeller(perGenerering.get("innehall"))).isEqualTo(tabeller(faststalld));

        JsonNode idag = per(LocalDate.now(SvenskTid.ZON).toString());
        assertThat(idag.get("skiljerSigFranUtgavan")).extracting(JsonNode::asText)
                .contains("avvikelser-kategorier", "avvikelser-kvalitetsomraden", "avvikelser-topp-tre");
        assertThat(totalt(idag)).isEqualTo(totalt(perGenerering) + 1);
    }

    @Test
    void datumetKravsOchProvasMedFelSomNamnerFaltet() {
        for (String fel : new String[]{"", "?datum=", "?datum=" + FJOL + "-02-30", "?datum=igar",
                "?datum=%7B%22%24gt%22%3A%22%22%7D", "?datum=" + LocalDate.now(SvenskTid.ZON).plusDays(2),
                "?datum=" + enc("2999-01-01T00:00:00Z"), "?datum=" + FJOL + "-02-01T10:00"}) {
            ApiKlient.Svar svar = karin.get(BAS + "/" + id + "/per" + fel);
            assertThat(svar.status()).as(fel + ": " + svar).isEqualTo(400);
            assertThat(svar.json().get("fel").get(0).get("falt").asText()).as(fel).isEqualTo("datum");
        }
        assertThat(anna.get(BAS + "/" + id + "/per?datum=" + FJOL + "-12-31").status()).isEqualTo(403);
        assertThat(karin.get(BAS + "/" + UUID.randomUUID() + "/per?datum=" + FJOL + "-12-31").status())
                .isEqualTo(404);
    }

    private static JsonNode per(String datum) {
        ApiKlient.Svar svar = karin.get(BAS + "/" + id + "/per?datum=" + enc(datum));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json();
    }

    /** Every table by its key: the generated ones, or those of an edition (each beside its comment). */
    private static Map<String, JsonNode> tabeller(JsonNode berattelse) {
        Map<String, JsonNode> perNyckel = new LinkedHashMap<>();
        for (JsonNode avsnitt : berattelse.get("avsnitt")) {
            for (JsonNode tabell : avsnitt.get("tabeller")) {
                JsonNode t = tabell.has("tabell") ? tabell.get("tabell") : tabell;
                perNyckel.put(t.get("nyckel").asText(), t);
            }
        }
        return perNyckel;
    }

    private static long totalt(JsonNode aterskapad) {
        JsonNode rader = tabeller(aterskapad.get("innehall")).get("avvikelser-kategorier").get("rader");
        return rader.get(rader.size() - 1).get("celler").get(2).asLong();
    }

    private static String registrera(String intraffade, String beskrivning) {
        ApiKlient.Svar svar = anna.post("/api/avvikelser", """
                {"enhet":"gruppbostad-eken","intraffade":"%s","plats":"Köket","beskrivning":"%s",
                 "omedelbaraAtgarder":"Pratade med brukaren","konsekvensForPerson":2,"brukarreferens":"B-17",
                 "mojligtMissforhallande":false}""".formatted(intraffade, beskrivning));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static void klassificera(String avvikelse, String kategori, long version) {
        ApiKlient.Svar svar = hanna.post("/api/avvikelser/" + avvikelse + "/klassificering", """
                {"kategori":"%s","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],"konsekvens":2,"sannolikhet":2}"""
                .formatted(kategori), "\"" + version + "\"");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
    }

    private static long avvikelserIFjol() {
        return statistikIFjol().findValues("antal").stream().mapToLong(JsonNode::asLong).sum();
    }

    private static long antal(String kategori) {
        return statistikIFjol().findValues("kategori").stream().filter(k -> k.asText().equals(kategori)).count();
    }

    private static JsonNode statistikIFjol() {
        return karin.get("/api/avvikelser/statistik?enhet=gruppbostad-eken&fran=" + FJOL + "-01&till=" + FJOL + "-12")
                .json();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
