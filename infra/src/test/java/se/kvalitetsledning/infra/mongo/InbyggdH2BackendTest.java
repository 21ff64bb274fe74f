package se.kvalitetsledning.infra.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the library's own backend wrote opens with ours, and every key is found where that backend put it. */
class InbyggdH2BackendTest {

    @TempDir
    Path katalog;

    @Test
    void enFilSomBiblioteketsBakandeSkrevHittasNyckelForNyckel() {
        List<String> strangar = new ArrayList<>();
        List<Long> nummer = new ArrayList<>();
        MVStore lager = new MVStore.Builder().fileName(katalog.resolve("kvalitetsledning.mv.db").toString()).open();
        MongoServer bibliotekets = new MongoServer(new H2Backend(lager));
        InetSocketAddress adress = bibliotekets.bind();
        try (MongoClient klient = MongoClients.create("mongodb://127.0.0.1:" + adress.getPort())) {
            MongoDatabase databas = klient.getDatabase("test");
            databas.getCollection("arenden").createIndex(Indexes.ascending("nyckel"), new IndexOptions().unique(true));
            for (int i = 0; i < 600; i++) {
                String id = i % 3 == 0 ? "AVVIKELSE:" + UUID.randomUUID() : "enhet-" + i + "|2026-0" + (i % 9 + 1);
                strangar.add(id);
                databas.getCollection("arenden").insertOne(new Document("_id", id).append("nyckel", "n" + i + "å"));
                nummer.add((long) i * 7919 - 2000);
                databas.getCollection("handelser").insertOne(new Document("_id", nummer.get(i)));
            }
        }
        bibliotekets.shutdown();

        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            MongoDatabase databas = klient.getDatabase("test");
            var arenden = databas.getCollection("arenden");
            for (int i = 0; i < strangar.size(); i++) {
                assertThat(arenden.find(eq("_id", strangar.get(i))).first()).as(strangar.get(i)).isNotNull();
                assertThat(arenden.find(eq("nyckel", "n" + i + "å")).first().getString("_id"))
                        .isEqualTo(strangar.get(i));
                assertThat(databas.getCollection("handelser").find(eq("_id", nummer.get(i))).first()).isNotNull();
            }
            assertThat(arenden.countDocuments(in("_id", strangar.subList(100, 300)))).isEqualTo(200);
            assertThatThrownBy(() -> arenden.insertOne(new Document("_id", strangar.get(5))))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> arenden.insertOne(new Document("_id", "ny").append("nyckel", "n7å")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            arenden.insertOne(new Document("_id", "AVVIKELSE:ny").append("nyckel", "ny"));
            assertThat(arenden.find(eq("_id", "AVVIKELSE:ny")).first()).isNotNull();
        }
    }

    /** A projection's reset drops its collection and creates it again: nothing of the old one may come back. */
    @Test
    void enSamlingSomTogsBortOchSkapadesIgenHarBaraSinaNyaNycklarEfterOmstart() {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            var arenden = klient.getDatabase("test").getCollection("arenden");
            arenden.createIndex(Indexes.ascending("nyckel"), new IndexOptions().unique(true));
            for (int i = 0; i < 300; i++) {
                arenden.insertOne(new Document("_id", "a" + i).append("nyckel", "gammal" + i));
            }
            server.commit();
            arenden.drop();
            arenden.createIndex(Indexes.ascending("nyckel"), new IndexOptions().unique(true));
            for (int i = 0; i < 100; i++) {
                arenden.insertOne(new Document("_id", "a" + i).append("nyckel", "ny" + i));
            }
        }

        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            var arenden = klient.getDatabase("test").getCollection("arenden");
            assertThat(arenden.countDocuments()).isEqualTo(100);
            assertThat(arenden.find(eq("_id", "a5")).first().getString("nyckel")).isEqualTo("ny5");
            assertThat(arenden.find(eq("_id", "a200")).first()).isNull();
            assertThat(arenden.find(eq("nyckel", "gammal5")).first()).isNull();
            arenden.insertOne(new Document("_id", "a200").append("nyckel", "gammal5"));
            assertThatThrownBy(() -> arenden.insertOne(new Document("_id", "b").append("nyckel", "ny7")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
    }

    /**
     * A read of many ids ({@link H2Samling}) answers exactly what MongoDB would: the documents whose {@code _id} is in
     * the list, a number found whatever its type, nothing for ids not there, and the same as before with other
     * conditions beside it or values that are not plain.
     */
    @Test
    void enLasningAvMangaIdsGerPreciseDeDokumentSomFinns() {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            var handelser = klient.getDatabase("test").getCollection("handelser");
            for (long n = 1; n <= 1000; n += 2) {
                handelser.insertOne(new Document("_id", n).append("udda", true));
            }
            List<Object> fragade = new ArrayList<>();
            for (long n = 1; n <= 600; n++) {
                fragade.add(n % 10 == 3 ? (Object) (int) n : (Object) n);
            }
            List<Long> funna = handelser.find(in("_id", fragade)).map(d -> ((Number) d.get("_id")).longValue())
                    .into(new ArrayList<>());
            assertThat(funna).hasSize(300).allMatch(n -> n % 2 == 1 && n <= 600);
            // find, not countDocuments: the driver counts with an aggregation, which takes another path
            assertThat(handelser.find(in("_id", List.of(2L, 4L, 1001L)))).isEmpty();
            assertThat(handelser.find(and(in("_id", List.of(1L, 3L)), eq("udda", false)))).isEmpty();
            assertThat(handelser.find(in("_id", Arrays.asList(5L, null)))).hasSize(1);
            assertThat(handelser.find(in("_id", List.of(5L, 5, 5.0, 7L)))).hasSize(2);
            assertThat(handelser.find(eq("_id", 9)).first().get("_id")).isEqualTo(9L);
            assertThat(handelser.find(eq("_id", 9.0)).first()).isNotNull();
            assertThat(handelser.find(eq("_id", 9.5)).first()).isNull();
            handelser.insertOne(new Document("_id", 0.0));
            assertThat(handelser.find(eq("_id", -0.0)).first()).isNotNull();
            var arenden = klient.getDatabase("test").getCollection("arenden");
            arenden.insertOne(new Document("_id", "AVVIKELSE:1").append("text", "ett"));
            assertThat(arenden.find(in("_id", List.of("AVVIKELSE:1", "AVVIKELSE:2")))
                    .projection(new Document("_id", 1))).containsExactly(new Document("_id", "AVVIKELSE:1"));
            assertThat(arenden.find(eq("_id", "avvikelse:1")).first()).isNull();
        }
    }

    /**
     * A query that pins every key of a unique index beside other conditions ({@link H2Samling}), as the token store's
     * updates do, answers what a scan would: the other conditions still hold, in {@code $and} or at the top.
     */
    @Test
    void enFragaSomLaserEttIndexsNycklarMedFlerVillkorGerSammaSomEnGenomsokning() {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            var tokens = klient.getDatabase("test").getCollection("trackingtokens");
            tokens.createIndex(Indexes.ascending("processorName", "segment"), new IndexOptions().unique(true));
            for (int i = 0; i < 40; i++) {
                tokens.insertOne(new Document("processorName", "p" + i % 20).append("segment", i / 20)
                        .append("owner", i % 3 == 0 ? null : "nod" + i % 2).append("token", i));
            }
            assertThat(tokens.find(and(eq("processorName", "p8"), eq("segment", 1), eq("owner", "nod0")))
                    .map(d -> d.getInteger("token")).into(new ArrayList<>())).containsExactly(28);
            assertThat(tokens.find(and(eq("processorName", "p8"), eq("segment", 1), eq("owner", "nod1")))).isEmpty();
            assertThat(tokens.find(new Document("processorName", "p4").append("segment", 0L).append("owner", "nod0")))
                    .hasSize(1);
            assertThat(tokens.find(and(eq("processorName", "p3"), eq("segment", 0),
                    or(eq("owner", "nod1"), eq("owner", null))))).hasSize(1);
            assertThat(tokens.find(and(eq("processorName", "p3"), eq("processorName", "p4"), eq("segment", 0))))
                    .isEmpty();
            assertThat(tokens.find(and(eq("processorName", "p99"), eq("segment", 0), eq("owner", null)))).isEmpty();

            var andrad = tokens.updateOne(and(eq("processorName", "p5"), eq("segment", 0), eq("owner", "nod1")),
                    new Document("$set", new Document("token", 99)));
            assertThat(andrad.getModifiedCount()).isEqualTo(1);
            assertThat(tokens.find(eq("token", 99)).map(d -> d.getString("processorName")).into(new ArrayList<>()))
                    .containsExactly("p5");
        }
    }

    /**
     * A unique index refuses a key another document has, whether it is there when the index is made or comes after
     * ({@code UnikIndex} puts a key without looking it up again), and one that could not be made is not kept.
     */
    @Test
    void ettUnikIndexVagrarEnNyckelSomFinnsNarDetByggsOchEfterat() {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            var rader = klient.getDatabase("test").getCollection("rader");
            rader.insertOne(new Document("_id", "a").append("nyckel", 1).append("annan", "x"));
            rader.insertOne(new Document("_id", "b").append("nyckel", 1).append("annan", "y"));
            assertThatThrownBy(() -> rader.createIndex(Indexes.ascending("nyckel"), new IndexOptions().unique(true)))
                    .isInstanceOf(MongoException.class).hasMessageContaining("duplicate key");
            assertThat(rader.listIndexes().map(i -> i.getString("name")).into(new ArrayList<>()))
                    .containsExactly("_id_");

            rader.createIndex(Indexes.ascending("annan"), new IndexOptions().unique(true));
            assertThatThrownBy(() -> rader.insertOne(new Document("_id", "c").append("annan", "y")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> rader.insertOne(new Document("_id", "a").append("annan", "z")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            rader.insertOne(new Document("_id", "c").append("annan", "z"));
            assertThat(rader.find(eq("annan", "z")).first().getString("_id")).isEqualTo("c");
            assertThat(rader.countDocuments()).isEqualTo(3);
        }
    }
}
