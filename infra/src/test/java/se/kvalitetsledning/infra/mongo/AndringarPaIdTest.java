package se.kvalitetsledning.infra.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document changed by its {@code _id}, which the embedded store writes without the library's copies
 * ({@link H2Samling}, {@link Faltandringar}), answers and stores what the library's own backend does, case by case.
 */
class AndringarPaIdTest {

    @TempDir
    Path katalog;

    @Test
    void ersattningarGerSammaSvarOchDokumentSomBibliotekets() {
        assertThat(iVart(AndringarPaIdTest::ersattningar)).isEqualTo(iBibliotekets(AndringarPaIdTest::ersattningar));
    }

    @Test
    void operatorernaGerSammaSvarOchDokumentSomBibliotekets() {
        assertThat(iVart(AndringarPaIdTest::operatorer)).isEqualTo(iBibliotekets(AndringarPaIdTest::operatorer));
    }

    @Test
    void upsertsIEnSamlingMedSekundartIndexGerSammaSvarOchDokumentSomBibliotekets() {
        assertThat(iVart(AndringarPaIdTest::upserts)).isEqualTo(iBibliotekets(AndringarPaIdTest::upserts));
    }

    private static List<String> iBibliotekets(Function<MongoClient, List<String>> andringar) {
        MongoServer bibliotekets = new MongoServer(new MemoryBackend());
        try (MongoClient klient = MongoClients.create("mongodb://127.0.0.1:" + bibliotekets.bind().getPort())) {
            return andringar.apply(klient);
        } finally {
            bibliotekets.shutdownNow();
        }
    }

    private List<String> iVart(Function<MongoClient, List<String>> andringar) {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            return andringar.apply(klient);
        }
    }

    /** What each update answered, then every document as JSON, in its field order. */
    private static List<String> operatorer(MongoClient klient) {
        MongoCollection<Document> mangder = klient.getDatabase("test").getCollection("mangder");
        mangder.insertOne(new Document("_id", "m").append("ids", List.of("a", "b", "c")).append("n", 1));
        mangder.insertOne(new Document("_id", "tal").append("ids", 5).append("rader", List.of(1, "x")));
        List<Bson> andringar = List.of(
                Updates.addToSet("ids", "d"),
                Updates.addEachToSet("ids", List.of("a", "e", "e", "f")),
                Updates.addEachToSet("ids", List.of("a")),
                Updates.pullAll("ids", List.of("b", "f", "saknas")),
                Updates.pullAll("saknas", List.of("a")),
                Updates.combine(Updates.set("namn", "M"), Updates.set("n", 2),
                        Updates.addEachToSet("nya", List.of("x"))),
                Updates.combine(Updates.set("n", 2)),
                Updates.combine(Updates.set("ids", List.of()), Updates.addToSet("ids", "z")),
                Updates.addToSet("ids", null),
                Updates.inc("n", 1),
                Updates.set("_id", "annat"));
        List<String> svar = new ArrayList<>();
        for (Bson andring : andringar) {
            svar.add(fel(() -> svar.add(svar(mangder.updateOne(eq("_id", "m"), andring)))));
        }
        svar.add(fel(() -> svar.add(svar(mangder.updateOne(eq("_id", "tal"), Updates.addToSet("ids", "a"))))));
        svar.add(fel(() -> svar.add(svar(mangder.updateOne(eq("_id", "tal"), Updates.pullAll("ids", List.of("a")))))));
        svar.add(svar(mangder.updateOne(eq("_id", "tal"), Updates.pullAll("rader", List.of("x")))));
        svar.add(svar(mangder.updateOne(eq("_id", "tal"), Updates.addToSet("rader", 1))));
        svar.add(svar(mangder.updateOne(eq("_id", "ny"), Updates.combine(Updates.set("n", 0),
                Updates.addEachToSet("ids", List.of("a"))), new UpdateOptions().upsert(true))));
        svar.add(svar(mangder.updateOne(eq("_id", "ny"), Updates.addEachToSet("ids", List.of("b")),
                new UpdateOptions().upsert(true))));
        mangder.find().sort(new Document("_id", 1)).forEach(d -> svar.add(d.toJson()));
        return svar;
    }

    private static String fel(Runnable andring) {
        try {
            andring.run();
            return "inget fel";
        } catch (MongoException e) {
            return "fel " + e.getCode();
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
        svar.add(svar(lista.replaceOne(eq("_id", "a"), new Document("x", 2).append("rader", List.of("q")))));
        svar.add(svar(lista.replaceOne(eq("_id", "a"), new Document("x", 2).append("rader", List.of("q")))));
        svar.add(svar(lista.replaceOne(eq("_id", "a"), new Document("y", 3).append("_id", "a"))));
        svar.add(fel(() -> lista.replaceOne(eq("_id", "a"), new Document("_id", "b"))));
        svar.add(svar(lista.replaceOne(eq("_id", "saknas"), new Document("x", 1))));
        svar.add(svar(lista.replaceOne(eq("_id", "ny"), new Document("x", 1), new ReplaceOptions().upsert(true))));
        svar.add(svar(lista.replaceOne(eq("_id", "ny"), new Document("x", 5), new ReplaceOptions().upsert(true))));
        svar.add(fel(() -> nycklar.replaceOne(eq("_id", "k2"), new Document("nyckel", 1))));
        svar.add(svar(nycklar.replaceOne(eq("_id", "k2"), new Document("nyckel", 3))));
        for (var samling : List.of(lista, nycklar)) {
            samling.find().sort(new Document("_id", 1)).forEach(d -> svar.add(d.toJson()));
        }
        svar.add(lista.find(eq("x", 5)).first().toJson());
        return svar;
    }

    /**
     * Upserts of new and stored documents, one at a time and in a bulk write as the projections write a batch (Spring's
     * bulk upserts are updates of many), in a collection with a secondary index (which the library does not keep);
     * then what the {@code _id} index says.
     */
    private static List<String> upserts(MongoClient klient) {
        MongoCollection<Document> rader = klient.getDatabase("test").getCollection("rader");
        rader.createIndex(Indexes.compoundIndex(Indexes.ascending("enhet"), Indexes.descending("datum")));
        rader.insertOne(new Document("_id", "a").append("enhet", "e1").append("datum", 1));
        ReplaceOptions ersattEllerSkapa = new ReplaceOptions().upsert(true);
        UpdateOptions andraEllerSkapa = new UpdateOptions().upsert(true);
        List<String> svar = new ArrayList<>();
        svar.add(svar(rader.replaceOne(eq("_id", "a"), new Document("enhet", "e2").append("datum", 2))));
        svar.add(svar(rader.replaceOne(eq("_id", "b"), new Document("enhet", "e1").append("datum", 3),
                ersattEllerSkapa)));
        svar.add(svar(rader.replaceOne(eq("_id", "c"), new Document("_id", "c").append("enhet", "e3"),
                ersattEllerSkapa)));
        svar.add(fel(() -> rader.replaceOne(eq("_id", "d"), new Document("_id", "annat"), ersattEllerSkapa)));
        svar.add(svar(rader.updateOne(eq("_id", "e"), Updates.set("enhet", "e1"), andraEllerSkapa)));
        svar.add(svar(rader.updateOne(eq("_id", "f"), Updates.pullAll("ids", List.of("x")), andraEllerSkapa)));
        svar.add(svar(rader.updateOne(eq("_id", "g"), Updates.addToSet("ids", "x"))));
        svar.add(svar(rader.updateOne(eq("_id", "e"), Updates.set("datum", 4))));
        BulkWriteResult bulk = rader.bulkWrite(List.of(
                new ReplaceOneModel<>(eq("_id", "b"), new Document("enhet", "e4"), ersattEllerSkapa),
                new ReplaceOneModel<>(eq("_id", "h"), new Document("enhet", "e4"), ersattEllerSkapa),
                new ReplaceOneModel<>(eq("_id", "i"), new Document("enhet", "e5"), ersattEllerSkapa),
                new UpdateManyModel<>(eq("_id", "j"), Updates.pullAll("ids", List.of("x"))),
                new UpdateManyModel<>(eq("_id", "j"), Updates.addEachToSet("ids", List.of("x", "y")), andraEllerSkapa),
                new UpdateManyModel<>(eq("_id", "j"), Updates.addEachToSet("ids", List.of("z")), andraEllerSkapa),
                new UpdateManyModel<>(eq("_id", "j"), Updates.pullAll("ids", List.of("y")))));
        svar.add(bulk.getMatchedCount() + " " + bulk.getModifiedCount() + " " + bulk.getUpserts().stream()
                .map(u -> u.getIndex() + "=" + u.getId()).toList());
        svar.add(fel(() -> rader.insertOne(new Document("_id", "h"))));
        rader.find().sort(new Document("_id", 1)).forEach(d -> svar.add(d.toJson()));
        rader.find(eq("enhet", "e4")).sort(new Document("_id", 1)).forEach(d -> svar.add(d.toJson()));
        svar.add(String.valueOf(rader.countDocuments(in("_id", List.of("a", "c", "h", "x")))));
        return svar;
    }

    private static String svar(UpdateResult resultat) {
        return resultat.getMatchedCount() + " " + resultat.getModifiedCount() + " " + resultat.getUpsertedId();
    }
}
