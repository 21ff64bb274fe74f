package se.kvalitetsledning.infra.referensdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/** The seeded reference data, and an ADMIN extending and retiring it through the API. */
class ReferensdataApiIT {

    private static KorandeApplikation app;
    private static ApiKlient admin;
    private static ApiKlient anna;
    private static ApiKlient hanna;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        admin = app.som("admin");
        anna = app.som("anna");
        hanna = app.som("hanna");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void organisationOchKatalogSeedasVidForstaStart() {
        assertThat(anna.get("/api/organisation").json()).extracting(n -> n.get("id").asText())
                .contains("socialforvaltningen", "lss", "gruppbostad-eken", "hemsjukvarden");
        assertThat(anna.get("/api/kategorier").json()).extracting(n -> n.get("id").asText())
                .contains("bemotande", "fall", "lakemedel", "sjalvskada");
    }

    @Test
    void enAvveckladKategoriFinnsKvarIHistorikenMenKanInteValjas() {
        ApiKlient.Svar ny = admin.post("/api/kategorier", """
                {"id":"digitala-hjalpmedel","namn":"Digitala hjälpmedel","grupp":"SoL/LSS",
                 "kvalitetsomraden":["TILLGANGLIGHET"]}""");
        assertThat(ny.status()).as(ny.toString()).isEqualTo(201);
        await().until(() -> kategori("digitala-hjalpmedel") != null);

        ApiKlient.Svar medKategori = anna.post("/api/avvikelser", AvvikelseFixtures.ny("gruppbostad-eken", "Surfplattan")
                .replace("\"plats\"", "\"kategori\":\"digitala-hjalpmedel\",\"plats\""));
        assertThat(medKategori.status()).as(medKategori.toString()).isEqualTo(201);
        String id = medKategori.json().get("id").asText();

        assertThat(admin.post("/api/kategorier/digitala-hjalpmedel/avveckling", """
                {"skal":"Ingår i Fysisk miljö och hjälpmedel"}""").status()).isEqualTo(204);
        await().until(() -> !kategori("digitala-hjalpmedel").get("aktiv").asBoolean());

        ApiKlient.Svar efter = anna.post("/api/avvikelser", AvvikelseFixtures.ny("gruppbostad-eken", "Igen")
                .replace("\"plats\"", "\"kategori\":\"digitala-hjalpmedel\",\"plats\""));
        assertThat(efter.status()).isEqualTo(400);
        assertThat(efter.json().get("detail").asText()).contains("avvecklad");
        assertThat(hanna.get("/api/avvikelser/" + id).json().get("foreslagenKategori").asText())
                .isEqualTo("digitala-hjalpmedel");
    }

    @Test
    void enNyEnhetUnderEttVerksamhetsomrade() {
        ApiKlient.Svar svar = admin.post("/api/organisation/enheter", """
                {"id":"korttidsboende-ljuset","namn":"Korttidsboendet Ljuset","overordnad":"lss"}""");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        await().until(() -> anna.get("/api/organisation").text().contains("korttidsboende-ljuset"));
        ApiKlient.Svar okandForalder = admin.post("/api/organisation/enheter", """
                {"id":"ny-enhet","namn":"Ny","overordnad":"finns-inte"}""");
        assertThat(okandForalder.status()).isEqualTo(400);
        assertThat(okandForalder.json().get("fel").get(0).get("falt").asText()).isEqualTo("overordnad");
    }

    @Test
    void baraAdminFarAndraOchEnNyckelFinnsBaraEnGang() {
        String kategori = """
                {"id":"bemotande","namn":"Bemötande","grupp":"SoL/LSS","kvalitetsomraden":["TILLGANGLIGHET"]}""";
        assertThat(hanna.post("/api/kategorier", kategori).status()).isEqualTo(403);
        assertThat(admin.post("/api/kategorier", kategori).status()).isEqualTo(409);
        ApiKlient.Svar ogiltigNyckel = admin.post("/api/kategorier", kategori.replace("bemotande", "Bemötande!"));
        assertThat(ogiltigNyckel.status()).isEqualTo(400);
        assertThat(ogiltigNyckel.json().get("fel").get(0).get("falt").asText()).isEqualTo("id");
    }

    private static JsonNode kategori(String id) {
        for (JsonNode k : anna.get("/api/kategorier").json()) {
            if (k.get("id").asText().equals(id)) {
                return k;
            }
        }
        return null;
    }
}
