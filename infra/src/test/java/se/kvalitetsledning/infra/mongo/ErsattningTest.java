package se.kvalitetsledning.infra.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole document replaced by its {@code _id}, which the embedded store writes without the library's copies
 * ({@link H2Samling}), answers and stores what the library's own backend does, case by case.
 */
class ErsattningTest {

    @TempDir
    Path katalog;

    @Test
    void ersattningarGerSammaSvarOchDokumentSomBibliotekets() {
        MongoServer bibliotekets = new MongoServer(new MemoryBackend());
        List<String> vantat;
        try (MongoClient klient = MongoClients.create("mongodb://127.0.0.1:" + bibliotekets.bind().getPort())) {
            vantat = ersattningar(klient);
        } finally {
            bibliotekets.shutdownNow();
        }
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            assertThat(ersattningar(klient)).isEqualTo(vantat);
        }
    }

    /** What each replacement answered, then every document as JSON, in its field order. */
    private static List<String> ersattningar(MongoClient klient) {
        var databas = klient.getDatabase("test");
        MongoCollection<Document> lista = databas.getCollection("lista");
        MongoCollection<Document> nycklar = databas.getCollection("nycklar");
        nycklar.createIndex(Indexes.ascending("nyckel"), new IndexOptions().unique(true));
        lista.insertOne(new Document("_id", "a").append("x", 1).append("rader", List.of("p", "q")));
        nycklar.insertOne(new Document("_id", "k1").append("nyckel", 1));
        nycklar.insertOne(new Document("_id", "k2").append("nyckel", 2));

        List<String> svar = new ArrayList<>();
        Function<Runnable, String> fel = ersattning -> {
            try {
                ersattning.run();
                return "inget fel";
            } catch (MongoException e) {
                return "fel " + e.getCode();
            }
        };
        svar.add(svar(lista.replaceOne(eq("_id", "a"), new Document("x", 2).append("rader", List.of("q")))));
        svar.add(svar(lista.replaceOne(eq("_id", "a"), new Document("x", 2).append("rader", List.of("q")))));
        svar.add(svar(lista.replaceOne(eq("_id", "a"), new Document("y", 3).append("_id", "a"))));
        svar.add(fel.apply(() -> lista.replaceOne(eq("_id", "a"), new Document("_id", "b"))));
        svar.add(svar(lista.replaceOne(eq("_id", "saknas"), new Document("x", 1))));
        svar.add(svar(lista.replaceOne(eq("_id", "ny"), new Document("x", 1), new ReplaceOptions().upsert(true))));
        svar.add(svar(lista.replaceOne(eq("_id", "ny"), new Document("x", 5), new ReplaceOptions().upsert(true))));
        svar.add(fel.apply(() -> nycklar.replaceOne(eq("_id", "k2"), new Document("nyckel", 1))));
        svar.add(svar(nycklar.replaceOne(eq("_id", "k2"), new Document("nyckel", 3))));
        for (var samling : List.of(lista, nycklar)) {
            samling.find().sort(new Document("_id", 1)).forEach(d -> svar.add(d.toJson()));
        }
        svar.add(lista.find(eq("x", 5)).first().toJson());
        return svar;
    }

    private static String svar(UpdateResult resultat) {
        return resultat.getMatchedCount() + " " + resultat.getModifiedCount() + " " + resultat.getUpsertedId();
    }
}
