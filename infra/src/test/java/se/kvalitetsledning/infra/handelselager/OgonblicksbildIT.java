package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * Snapshots every N events: after a restart (an empty aggregate cache) the aggregate is rebuilt from its snapshot
 * and the events after it, and its rules still hold.
 */
class OgonblicksbildIT {

    @TempDir
    Path data;

    @Test
    void aggregatetByggsUrOgonblicksbildenEfterOmstart() {
        List<String> varTredje = List.of("--kvalitetsledning.handelselager.ogonblicksbild-varje=3");
        String id;
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data, varTredje)) {
            ApiKlient hanna = app.som("hanna");
            id = AvvikelseFixtures.registrera(app.som("anna"), "Med ögonblicksbild");
            steg(hanna, id, "klassificering", """
                    {"kategori":"fall","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],"konsekvens":1,"sannolikhet":1}""", 0);
            steg(hanna, id, "utredning", """
                    {"orsaksomraden":["MANNISKA"],"analys":"Halt golv"}""", 1);
            steg(hanna, id, "lex-sarah/avskrivning", """
                    {"text":"Ingen risk"}""", 2);
            steg(hanna, id, "aterkoppling", """
                    {"text":"Mattan är utbytt"}""", 3);
            Document bild = app.bona(MongoClient.class).getDatabase("kvalitetsledning")
                    .getCollection(MongoHandelselager.OGONBLICK).find(eq("_id", id)).first();
            assertThat(bild).as("a snapshot after three events").isNotNull();
            assertThat(bild.getLong("sekvens")).isGreaterThanOrEqualTo(2L);
        }
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data, varTredje)) {
            ApiKlient hanna = app.som("hanna");
            steg(hanna, id, "avslut", "{}", 4);
            assertThat(hanna.get("/api/avvikelser/" + id).json().get("status").asText()).isEqualTo("AVSLUTAD");
            ApiKlient.Svar igen = hanna.post("/api/avvikelser/" + id + "/aterkoppling", """
                    {"text":"Efter avslut"}""", "\"5\"");
            assertThat(igen.status()).as("the rebuilt aggregate knows it is closed").isEqualTo(422);
        }
    }

    private static void steg(ApiKlient som, String id, String kommando, String json, long version) {
        ApiKlient.Svar svar = som.post("/api/avvikelser/" + id + "/" + kommando, json, "\"" + version + "\"");
        assertThat(svar.status()).as(kommando + ": " + svar).isEqualTo(200);
    }
}
