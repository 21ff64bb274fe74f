package se.kvalitetsledning.infra.drift;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.projektion.GlesaProjektioner;

/** A read model built by an older version of its projection is rebuilt when the application starts on the store. */
class LasmodellversionerIT {

    @TempDir
    Path data;

    @Test
    void ettArendeflodeUtanIndexByggsOmVidNastaStart() {
        String arende;
        String manad;
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data)) {
            arende = "AVVIKELSE:" + AvvikelseFixtures.registrera(app.som("anna"), "Före index");
            MongoDatabase databas = databas(app);
            await().atMost(Duration.ofSeconds(30)).until(() -> indexet(databas, arende) != null);
            manad = databas.getCollection("arendeflode").find(eq("_id", arende)).first().getString("manad");
            // as a store projected before the index existed: no index, no version recorded
            databas.getCollection("arendeflode-index").drop();
            databas.getCollection("lasmodellversioner").deleteMany(eq("_id", "arendeflode"));
        }

        try (KorandeApplikation app = KorandeApplikation.paKatalog(data)) {
            MongoDatabase databas = databas(app);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Document index = indexet(databas, arende);
                assertThat(index).isNotNull();
                assertThat(index.getString("_id")).startsWith("*|" + manad + "|");
            });
            assertThat(databas.getCollection("lasmodellversioner").find(eq("_id", "arendeflode")).first()
                    .getInteger("version")).isEqualTo(Lasmodellversioner.VERSIONER.get("arendeflode"));
        }
    }

    /**
     * A store whose read models of few events were built by a processor each: the processor they now share has no
     * token there. Its read models are emptied (a document left from before is gone) and built again, the same.
     */
    @Test
    void deGlesaLasmodellernaByggsOmAvSinGemensammaProcessorPaEttLagerFranForeDen() {
        List<Document> organisation;
        List<Document> kategorier;
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data)) {
            MongoDatabase databas = databas(app);
            await().atMost(Duration.ofSeconds(30)).until(() -> !alla(databas, "organisation").isEmpty()
                    && !alla(databas, "kategori").isEmpty());
            organisation = alla(databas, "organisation");
            kategorier = alla(databas, "kategori");
            databas.getCollection("trackingtokens").deleteMany(eq("processorName", GlesaProjektioner.NAMN));
            databas.getCollection("lasmodellversioner").deleteMany(eq("_id", GlesaProjektioner.NAMN));
            databas.getCollection("kategori").insertOne(new Document("_id", "kvar-fran-forr"));
        }

        try (KorandeApplikation app = KorandeApplikation.paKatalog(data)) {
            MongoDatabase databas = databas(app);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(alla(databas, "kategori")).isEqualTo(kategorier);
                assertThat(alla(databas, "organisation")).isEqualTo(organisation);
            });
            assertThat(databas.getCollection("lasmodellversioner").find(eq("_id", GlesaProjektioner.NAMN)).first()
                    .getInteger("version")).isEqualTo(Lasmodellversioner.VERSIONER.get(GlesaProjektioner.NAMN));
        }
    }

    private static List<Document> alla(MongoDatabase databas, String samling) {
        return databas.getCollection(samling).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private static MongoDatabase databas(KorandeApplikation app) {
        return app.bona(MongoClient.class).getDatabase("kvalitetsledning");
    }

    /** The whole organisation's month document that lists the case as received. */
    private static Document indexet(MongoDatabase databas, String arende) {
        return databas.getCollection("arendeflode-index")
                .find(and(eq("inkomna", arende), regex("_id", "^\\*\\|"))).first();
    }
}
