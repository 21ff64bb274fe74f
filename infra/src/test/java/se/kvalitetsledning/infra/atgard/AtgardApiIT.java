package se.kvalitetsledning.infra.atgard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/** An åtgärd from an avvikelse through the real API: the link both ways, the closing rule, the lifecycle. */
class AtgardApiIT {

    private static KorandeApplikation app;
    private static ApiKlient anna;
    private static ApiKlient hanna;
    private static ApiKlient olof;
    private static ApiKlient lars;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        anna = app.som("anna");
        hanna = app.som("hanna");
        olof = app.som("olof");
        lars = app.som("lars");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void enAtgardFranEnAvvikelseHallerAvslutetTillsDenArGenomford() {
        String avvikelse = AvvikelseFixtures.registrera(anna, "Brukaren fick fel mat");
        String atgard = foresla(hanna, "avvikelse", avvikelse);

        JsonNode kopplad = hanna.get("/api/avvikelser/" + avvikelse).json();
        assertThat(kopplad.get("atgarder")).singleElement().satisfies(a -> {
            assertThat(a.get("id").asText()).isEqualTo(atgard);
            assertThat(a.get("oppen").asBoolean()).isTrue();
        });
        JsonNode skapad = hanna.get("/api/atgarder/" + atgard).json();
        assertThat(skapad.get("status").asText()).isEqualTo("FORESLAGEN");
        assertThat(skapad.get("kallor").get(0).get("id").asText()).isEqualTo(avvikelse);

        long v = kopplad.get("version").asLong();
        v = steg(hanna, "/api/avvikelser/" + avvikelse + "/klassificering", """
                {"kategori":"bemotande","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],"konsekvens":2,"sannolikhet":2}""",
                v);
        v = steg(hanna, "/api/avvikelser/" + avvikelse + "/utredning", """
                {"orsaksomraden":["KOMMUNIKATION_INFORMATION"],"analys":"Kosten stod inte i planen"}""", v);
        v = steg(hanna, "/api/avvikelser/" + avvikelse + "/aterkoppling", "{\"text\":\"Tack, planen rättas\"}", v);
        v = steg(hanna, "/api/avvikelser/" + avvikelse + "/lex-sarah/avskrivning", "{\"text\":\"Ingen risk\"}", v);
        ApiKlient.Svar nekad = hanna.post("/api/avvikelser/" + avvikelse + "/avslut", "{}", "\"" + v + "\"");
        assertThat(nekad.status()).isEqualTo(422);
        assertThat(nekad.json().get("detail").asText()).contains("en öppen åtgärd");

        long a = steg(hanna, "/api/atgarder/" + atgard + "/beslut", "{}", 0);
        a = steg(hanna, "/api/atgarder/" + atgard + "/paborjan", "{}", a);
        a = steg(hanna, "/api/atgarder/" + atgard + "/genomforande", "{\"kommentar\":\"Planen rättad\"}", a);
        await().atMost(Duration.ofSeconds(10)).until(() -> !hanna.get("/api/avvikelser/" + avvikelse).json()
                .get("atgarder").get(0).get("oppen").asBoolean());
        long nu = hanna.get("/api/avvikelser/" + avvikelse).json().get("version").asLong();
        assertThat(hanna.post("/api/avvikelser/" + avvikelse + "/avslut", "{}", "\"" + nu + "\"").status())
                .isEqualTo(200);

        steg(hanna, "/api/atgarder/" + atgard + "/effekt",
                "{\"utfall\":\"FICK_EFFEKT\",\"evidens\":\"Inga fel på tre månader\"}", a);
        JsonNode utvarderad = hanna.get("/api/atgarder/" + atgard).json();
        assertThat(utvarderad.get("status").asText()).isEqualTo("EFFEKT_UTVARDERAD");
        assertThat(utvarderad.get("effekt").get("evidens").asText()).isEqualTo("Inga fel på tre månader");

        JsonNode statistik = hanna.get("/api/atgarder/statistik?enhet=gruppbostad-eken&ar="
                + LocalDate.now(SvenskTid.ZON).getYear()).json();
        assertThat(statistik.get(0).get("genomforda").asLong()).isPositive();
        assertThat(statistik.get(0).get("medEffekt").asLong()).isPositive();
    }

    @Test
    void oppnaAtgarderFortsatterSjalvstandigtMedSkal() {
        String avvikelse = AvvikelseFixtures.registrera(anna, "Larmet fungerade inte");
        foresla(hanna, "avvikelse", avvikelse);
        long v = hanna.get("/api/avvikelser/" + avvikelse).json().get("version").asLong();
        v = steg(hanna, "/api/avvikelser/" + avvikelse + "/klassificering", """
                {"kategori":"bemotande","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],"konsekvens":2,"sannolikhet":2}""",
                v);
        v = steg(hanna, "/api/avvikelser/" + avvikelse + "/utredning", """
                {"orsaksomraden":["TEKNIK_UTRUSTNING"],"analys":"Batteriet var slut"}""", v);
        v = steg(hanna, "/api/avvikelser/" + avvikelse + "/aterkoppling", "{\"text\":\"Larmen byts\"}", v);
        v = steg(hanna, "/api/avvikelser/" + avvikelse + "/lex-sarah/avskrivning", "{\"text\":\"Ingen risk\"}", v);
        steg(hanna, "/api/avvikelser/" + avvikelse + "/avslut",
                "{\"atgarderFortsatterSkal\":\"Larmbytet görs i hela förvaltningen\"}", v);

        JsonNode avslutad = hanna.get("/api/avvikelser/" + avvikelse).json();
        assertThat(avslutad.get("status").asText()).isEqualTo("AVSLUTAD");
        assertThat(avslutad.get("atgarderFortsatterSkal").asText()).isEqualTo("Larmbytet görs i hela förvaltningen");
        assertThat(avslutad.get("atgarder").get(0).get("fortsatterSjalvstandigt").asBoolean()).isTrue();
    }

    @Test
    void vemSomFarSeOchGora() {
        String avvikelse = AvvikelseFixtures.registrera(anna, "Dörren var olåst");
        assertThat(olof.post("/api/atgarder", ny("avvikelse", avvikelse, "hanna")).status()).isIn(400, 403);
        String atgard = foresla(hanna, "avvikelse", avvikelse);
        assertThat(olof.get("/api/atgarder/" + atgard).status()).isEqualTo(403);
        assertThat(anna.get("/api/atgarder/" + atgard).status()).isEqualTo(403);
        assertThat(lars.get("/api/atgarder/" + atgard).status()).isEqualTo(200);
        assertThat(ids(hanna.get("/api/atgarder").json())).contains(atgard);
        assertThat(ids(olof.get("/api/atgarder").json())).doesNotContain(atgard);
        assertThat(ids(anna.get("/api/atgarder").json())).isEmpty();
        assertThat(anna.post("/api/atgarder/" + atgard + "/beslut", "{}", "\"0\"").status()).isEqualTo(403);

        ApiKlient.Svar okandAgare = hanna.post("/api/atgarder", ny("avvikelse", avvikelse, "erik"));
        assertThat(okandAgare.status()).isEqualTo(400);
        assertThat(okandAgare.json().get("fel").get(0).get("falt").asText()).isEqualTo("agare");
    }

    @Test
    void varjeSlutpunktFinnsIOpenApiDokumentet() {
        JsonNode vagar = anna.get("/v3/api-docs").json().get("paths");
        for (String vag : List.of("/api/atgarder", "/api/atgarder/{id}", "/api/atgarder/statistik",
                "/api/atgarder/export.xlsx", "/api/atgarder/{id}/beslut", "/api/atgarder/{id}/paborjan",
                "/api/atgarder/{id}/genomforande", "/api/atgarder/{id}/effekt", "/api/atgarder/{id}/avskrivning",
                "/api/atgarder/{id}/forfallodatum", "/api/atgarder/{id}/kallor")) {
            assertThat(vagar.has(vag)).as(vag).isTrue();
        }
    }

    private static String foresla(ApiKlient klient, String kalltyp, String kalla) {
        ApiKlient.Svar svar = klient.post("/api/atgarder", ny(kalltyp, kalla, "hanna"));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static String ny(String kalltyp, String kalla, String agare) {
        return """
                {"titel":"Rätta genomförandeplanen","typ":"KORRIGERANDE","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],
                 "enheter":["gruppbostad-eken"],"agare":"%s","forfallodatum":"%s","prioritet":"HOG",
                 "forvantadEffekt":"Rätt kost","matning":"Avvikelser om kost per kvartal",
                 "kallor":[{"typ":"%s","id":"%s"}]}"""
                .formatted(agare, LocalDate.now(SvenskTid.ZON).plusMonths(1), kalltyp.toUpperCase(), kalla);
    }

    private static long steg(ApiKlient klient, String sokvag, String kropp, long version) {
        ApiKlient.Svar svar = klient.post(sokvag, kropp, "\"" + version + "\"");
        assertThat(svar.status()).as(sokvag + ": " + svar).isEqualTo(200);
        return svar.json().get("version").asLong();
    }

    private static List<String> ids(JsonNode lista) {
        List<String> ids = new ArrayList<>();
        lista.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
