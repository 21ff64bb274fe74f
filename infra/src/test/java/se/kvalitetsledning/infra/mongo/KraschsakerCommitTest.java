package se.kvalitetsledning.infra.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash leaves in the embedded server's files is a state between whole operations. H2 stores each map's root
 * as it finds it, so a commit taken while a document is half written (its data but not its index entries) or while
 * a processor is between its read model and its position would leave exactly that after a crash: a document its
 * {@code _id} does not find, a unique key without its document, a position ahead of what it covers. Both files are
 * checked: the events' ({@code handelser}) and the read models' ({@code modell}, {@code positioner}).
 */
class KraschsakerCommitTest {

    private static final int SKRIVARE = 4;

    @TempDir
    Path katalog;

    @RepeatedTest(3)
    void enKraschLamnarBaraHelaOperationerOchPositionerBakomSinaDokument() throws Exception {
        MVStore huvudlager = InbyggdMongoServer.oppnaFil(katalog.resolve("kvalitetsledning.mv.db"));
        MVStore lasmodellager = InbyggdMongoServer.oppnaLasmodellfil(katalog.resolve("lasmodeller.mv.db"));
        InbyggdH2Backend backend = InbyggdH2Backend.oppna(new Lagerdelning(huvudlager, lasmodellager,
                InbyggdMongoServer.HALLBARA));
        MongoServer server = new MongoServer(backend);
        AtomicBoolean kraschad = new AtomicBoolean();
        ExecutorService tradar = Executors.newFixedThreadPool(SKRIVARE + 1);
        try (MongoClient klient = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoDatabase databas = klient.getDatabase("test");
            for (String samling : List.of("handelser", "modell")) {
                databas.getCollection(samling).createIndex(Indexes.ascending("nyckel"),
                        new IndexOptions().unique(true));
            }
            for (int i = 0; i < SKRIVARE; i++) {
                int skrivare = i;
                tradar.submit(() -> skriv(databas, skrivare, kraschad));
            }
            tradar.submit(() -> {
                while (!kraschad.get()) {
                    backend.commit(); // as the acknowledgement of every command does, under load
                    backend.commitBada(); // as the server's thread does each second
                }
            });
            Thread.sleep(1500);
            kraschad.set(true);
            huvudlager.closeImmediately(); // what SIGKILL leaves: the last commit, nothing after it
            lasmodellager.closeImmediately();
            server.shutdownNow();
        }
        tradar.shutdownNow();
        assertThat(tradar.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        int dokument = kontrollera(katalog);
        assertThat(dokument).as("documents that reached a commit").isGreaterThan(100);
    }

    /**
     * Each writer appends an event, writes its read model's document, moves an older one to a new key, then records
     * its position.
     */
    private static void skriv(MongoDatabase databas, int skrivare, AtomicBoolean kraschad) {
        MongoCollection<Document> handelser = databas.getCollection("handelser");
        MongoCollection<Document> modell = databas.getCollection("modell");
        MongoCollection<Document> positioner = databas.getCollection("positioner");
        try {
            for (int s = 1; !kraschad.get(); s++) {
                handelser.insertOne(new Document("_id", "h-" + skrivare + "-" + s).append("nyckel", s * 10 + skrivare));
                modell.replaceOne(eq("_id", "m-" + skrivare + "-" + s),
                        new Document("nyckel", "n-" + skrivare + "-" + s).append("s", s), new ReplaceOptions().upsert(true));
                if (s > 1) {
                    modell.updateOne(eq("_id", "m-" + skrivare + "-" + (s - 1)),
                            Updates.set("nyckel", "u-" + skrivare + "-" + (s - 1)));
                }
                positioner.replaceOne(eq("_id", "p-" + skrivare), new Document("s", s),
                        new ReplaceOptions().upsert(true));
            }
        } catch (RuntimeException efterKraschen) {
            // the server went away under the writer
        }
    }

    /** Reopens the files as the application would and checks them document by document; the read model's size. */
    private static int kontrollera(Path katalog) {
        Map<String, Integer> antal = new HashMap<>();
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            MongoDatabase databas = klient.getDatabase("test");
            for (String samling : List.of("handelser", "modell")) {
                antal.put(samling, hittasPaVarjeNyckel(databas.getCollection(samling)));
            }
            MongoCollection<Document> modell = databas.getCollection("modell");
            for (Document position : databas.getCollection("positioner").find()) {
                String skrivare = position.getString("_id").substring(2);
                int s = position.getInteger("s");
                assertThat(modell.find(eq("_id", "m-" + skrivare + "-" + s)).first())
                        .as("the document behind position %s", position).isNotNull();
                if (s > 1) {
                    assertThat(modell.find(eq("_id", "m-" + skrivare + "-" + (s - 1))).first().getString("nyckel"))
                            .as("the move before position %s", position).startsWith("u-");
                }
            }
        }
        for (String samling : List.of("handelser", "modell")) {
            String fil = samling.equals("handelser") ? "kvalitetsledning.mv.db" : "lasmodeller.mv.db";
            try (MVStore lager = new MVStore.Builder().fileName(katalog.resolve(fil).toString()).readOnly().open()) {
                for (String index : List.of("_id_", "nyckel_1")) {
                    String namn = "test." + samling + "._index_" + index;
                    assertThat(lager.hasMap(namn)).as(namn).isTrue();
                    MVMap<KeyValue, Object> karta = lager.openMap(namn,
                            new MVMap.Builder<KeyValue, Object>().keyType(new Indexnyckelordning()));
                    assertThat(karta.sizeAsLong()).as("entries of %s", namn).isEqualTo(antal.get(samling).longValue());
                }
            }
        }
        return antal.get("modell");
    }

    /** Every document is found by its {@code _id} and by its unique key; the number of documents. */
    private static int hittasPaVarjeNyckel(MongoCollection<Document> samling) {
        List<Document> alla = samling.find().into(new ArrayList<>());
        for (Document dokument : alla) {
            assertThat(samling.find(eq("_id", dokument.get("_id"))).first()).as("by _id: %s", dokument)
                    .isEqualTo(dokument);
            assertThat(samling.find(eq("nyckel", dokument.get("nyckel"))).first()).as("by key: %s", dokument)
                    .isEqualTo(dokument);
        }
        return alla.size();
    }
}
