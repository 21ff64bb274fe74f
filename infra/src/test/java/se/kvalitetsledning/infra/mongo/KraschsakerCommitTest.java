package se.kvalitetsledning.infra.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * What a crash leaves in the embedded server's file is a state between whole operations. H2 stores each map's root
 * as it finds it, so a commit taken while a document is half written (its data but not its index entries) or while
 * a processor is between its read model and its position would leave exactly that after a crash: a document its
 * {@code _id} does not find, a unique key without its document, a position ahead of what it covers.
 */
class KraschsakerCommitTest {

    private static final int SKRIVARE = 4;

    @TempDir
    Path katalog;

    @RepeatedTest(3)
    void enKraschLamnarBaraHelaOperationerOchPositionerBakomSinaDokument() throws Exception {
        Path fil = katalog.resolve("kvalitetsledning.mv.db");
        MVStore lager = InbyggdMongoServer.oppnaFil(fil);
        InbyggdH2Backend backend = new InbyggdH2Backend(lager);
        MongoServer server = new MongoServer(backend);
        AtomicBoolean kraschad = new AtomicBoolean();
        ExecutorService tradar = Executors.newFixedThreadPool(SKRIVARE + 1);
        try (MongoClient klient = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoDatabase databas = klient.getDatabase("test");
            databas.getCollection("modell").createIndex(Indexes.ascending("nyckel"), new IndexOptions().unique(true));
            for (int i = 0; i < SKRIVARE; i++) {
                int skrivare = i;
                tradar.submit(() -> skriv(databas, skrivare, kraschad));
            }
            tradar.submit(() -> {
                while (!kraschad.get()) {
                    backend.commit(); // as the acknowledgement of every command does, under load
                }
            });
            Thread.sleep(1500);
            kraschad.set(true);
            lager.closeImmediately(); // what SIGKILL leaves: the last commit, nothing after it
            server.shutdownNow();
        }
        tradar.shutdownNow();
        assertThat(tradar.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        int dokument = kontrollera(fil);
        assertThat(dokument).as("documents that reached a commit").isGreaterThan(100);
    }

    /** Each writer writes its read model's document, moves an older one to a new key, then records its position. */
    private static void skriv(MongoDatabase databas, int skrivare, AtomicBoolean kraschad) {
        MongoCollection<Document> modell = databas.getCollection("modell");
        MongoCollection<Document> positioner = databas.getCollection("positioner");
        try {
            for (int s = 1; !kraschad.get(); s++) {
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

    /** Reopens the file as the application would and checks it document by document; the number of documents. */
    private static int kontrollera(Path fil) {
        List<Document> alla = new ArrayList<>();
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(fil.getParent());
             MongoClient klient = MongoClients.create(server.anslutning())) {
            MongoDatabase databas = klient.getDatabase("test");
            MongoCollection<Document> modell = databas.getCollection("modell");
            modell.find().into(alla);
            for (Document dokument : alla) {
                assertThat(modell.find(eq("_id", dokument.get("_id"))).first()).as("by _id: %s", dokument)
                        .isEqualTo(dokument);
                assertThat(modell.find(eq("nyckel", dokument.get("nyckel"))).first()).as("by key: %s", dokument)
                        .isEqualTo(dokument);
            }
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
        try (MVStore lager = new MVStore.Builder().fileName(fil.toString()).readOnly().open()) {
            for (String index : List.of("test.modell._index__id_", "test.modell._index_nyckel_1")) {
                assertThat(lager.hasMap(index)).as(index).isTrue();
                MVMap<KeyValue, Object> karta = lager.openMap(index,
                        new MVMap.Builder<KeyValue, Object>().keyType(new Indexnyckelordning()));
                assertThat(karta.sizeAsLong()).as("entries of %s", index).isEqualTo(alla.size());
            }
        }
        return alla.size();
    }
}
