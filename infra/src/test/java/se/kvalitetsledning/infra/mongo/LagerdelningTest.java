package se.kvalitetsledning.infra.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

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

/**
 * The embedded store's two files: the events in one, the read models in the other, and a store written as one file
 * divided at its first start, also when a crash cut the division short.
 */
class LagerdelningTest {

    private static final String HANDELSER = "databases.kvalitetsledning.handelser";
    private static final String AVVIKELSE = "databases.kvalitetsledning.avvikelse";

    @TempDir
    Path katalog;

    @Test
    void handelsernaOchLasmodellernaHamnarIVarsinFil() {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            skriv(klient.getDatabase("kvalitetsledning"), 10);
        }

        assertThat(kartor("kvalitetsledning.mv.db")).contains(HANDELSER).doesNotContain(AVVIKELSE);
        assertThat(kartor("lasmodeller.mv.db")).contains(AVVIKELSE).doesNotContain(HANDELSER);
        lasesTillbaka(10);
    }

    @Test
    void ettLagerSkrivetSomEnFilDelasVidForstaStartOchAllaNycklarFinns() {
        skrivSomEnFil(300);

        lasesTillbaka(300);

        assertThat(kartor("kvalitetsledning.mv.db")).contains(HANDELSER).noneMatch(k -> k.contains(".avvikelse"));
        assertThat(kartor("lasmodeller.mv.db")).contains(AVVIKELSE, "meta.kvalitetsledning.avvikelse",
                "kvalitetsledning.avvikelse._index_nyckel_1");
    }

    @Test
    void enDelningSomEnKraschAvbrotGorsOmFranBorjan() {
        skrivSomEnFil(50);
        // as if the first start had copied part of a read model when the process died: no mark of a division
        MVStore halvkopia = oppna("lasmodeller.mv.db");
        halvkopia.openMap(AVVIKELSE).put("A-0", new de.bwaldvogel.mongo.bson.Document("_id", "A-0"));
        halvkopia.openMap("databases.kvalitetsledning.annat").put("x", new de.bwaldvogel.mongo.bson.Document());
        halvkopia.close();

        lasesTillbaka(50);
        assertThat(kartor("lasmodeller.mv.db")).doesNotContain("databases.kvalitetsledning.annat");
        assertThat(kartor("kvalitetsledning.mv.db")).noneMatch(k -> k.contains(".avvikelse"));
    }

    @Test
    void enDelningSomHannBliKlarILasmodellernaAvslutasIHandelsefilen() {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            skriv(klient.getDatabase("kvalitetsledning"), 20);
        }
        // as if the process died after the read models' file was complete, before the events' file was cleared
        MVStore huvud = oppna("kvalitetsledning.mv.db");
        huvud.openMap(AVVIKELSE).put("gammal", "kvar i händelsefilen");
        huvud.removeMap("kvalitetsledning.lagerdelning");
        huvud.close();

        lasesTillbaka(20);
        assertThat(kartor("kvalitetsledning.mv.db")).doesNotContain(AVVIKELSE);
    }

    @Test
    void enBorttagenLasmodellVarsBorttagningBaraNaddeHandelsefilenKommerInteTillbaka() throws IOException {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            skriv(klient.getDatabase("kvalitetsledning"), 20);
            klient.getDatabase("kvalitetsledning").getCollection("annat").insertOne(new Document("_id", "gammal"));
        }
        Path fore = katalog.resolve("fore.mv.db");
        Files.copy(katalog.resolve("lasmodeller.mv.db"), fore);
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            klient.getDatabase("kvalitetsledning").getCollection("annat").drop();
        }
        // as if the process died after the drop was committed in the events' file, before the read models' file
        Files.move(fore, katalog.resolve("lasmodeller.mv.db"), StandardCopyOption.REPLACE_EXISTING);

        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            var annat = klient.getDatabase("kvalitetsledning").getCollection("annat");
            annat.insertOne(new Document("_id", "ny"));
            assertThat(annat.find().map(d -> d.getString("_id"))).containsExactly("ny");
        }
        lasesTillbaka(20);
    }

    @Test
    void enSaknadLasmodellfilVagrarStarta() {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            skriv(klient.getDatabase("kvalitetsledning"), 5);
        }
        ta(katalog.resolve("lasmodeller.mv.db"));

        // its processors' positions went with it: started anew, they would act on every event again
        assertThatThrownBy(() -> InbyggdMongoServer.paFil(katalog)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(lasmodeller.mv.db) saknas");
    }

    /** Events and a read model with a unique index, as the application has them. */
    private static void skriv(MongoDatabase databas, int antal) {
        databas.getCollection("avvikelse").createIndex(Indexes.ascending("nyckel"), new IndexOptions().unique(true));
        for (int i = 0; i < antal; i++) {
            databas.getCollection("handelser").insertOne(new Document("_id", (long) i).append("nummer", i));
            databas.getCollection("avvikelse").insertOne(new Document("_id", "A-" + i).append("nyckel", "n" + i));
        }
    }

    private void lasesTillbaka(int antal) {
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            MongoDatabase databas = klient.getDatabase("kvalitetsledning");
            assertThat(databas.getCollection("handelser").countDocuments()).isEqualTo(antal);
            assertThat(databas.getCollection("avvikelse").countDocuments()).isEqualTo(antal);
            for (int i = 0; i < antal; i++) {
                assertThat(databas.getCollection("avvikelse").find(eq("nyckel", "n" + i)).first())
                        .as("n%d by its unique index", i).isNotNull();
            }
            assertThatThrownBy(() -> databas.getCollection("avvikelse")
                    .insertOne(new Document("_id", "ny").append("nyckel", "n0")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
    }

    private Set<String> kartor(String fil) {
        MVStore lager = new MVStore.Builder().fileName(katalog.resolve(fil).toString()).readOnly().open();
        try {
            return Set.copyOf(lager.getMapNames());
        } finally {
            lager.close();
        }
    }

    private MVStore oppna(String fil) {
        return new MVStore.Builder().fileName(katalog.resolve(fil).toString()).open();
    }

    /** The store as the library's own backend writes it, in one file. */
    private void skrivSomEnFil(int antal) {
        MongoServer bibliotekets = new MongoServer(new H2Backend(oppna("kvalitetsledning.mv.db")));
        InetSocketAddress adress = bibliotekets.bind();
        try (MongoClient klient = MongoClients.create("mongodb://127.0.0.1:" + adress.getPort())) {
            skriv(klient.getDatabase("kvalitetsledning"), antal);
        }
        bibliotekets.shutdown();
    }

    private static void ta(Path fil) {
        try {
            Files.delete(fil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
