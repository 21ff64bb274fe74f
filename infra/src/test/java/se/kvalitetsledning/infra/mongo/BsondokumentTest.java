package se.kvalitetsledning.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a collection stores cannot be changed by the object it was stored from or by an object read from it: the
 * library changes documents in place, and H2 may be writing the stored value to the file at that moment.
 */
class BsondokumentTest {

    @TempDir
    Path katalog;

    @Test
    void enSamlingsKartaHallerDokumentenSomBsonOchVarjeLasningArEttNyttDokument() {
        MVStore lasmodellager = InbyggdMongoServer.oppnaLasmodellfil(katalog.resolve("lasmodeller.mv.db"));
        InbyggdH2Backend backend = InbyggdH2Backend.oppna(new Lagerdelning(
                InbyggdMongoServer.oppnaFil(katalog.resolve("kvalitetsledning.mv.db")), lasmodellager,
                InbyggdMongoServer.HALLBARA));
        MongoServer server = new MongoServer(backend);
        try (MongoClient klient = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var modell = klient.getDatabase("test").getCollection("modell");
            modell.insertOne(new org.bson.Document("_id", "m-1").append("f", 1));
            modell.updateOne(Filters.eq("_id", "m-1"), Updates.set("g", 2)); // the library changes it in place

            var samling = (H2Dokumentsamling) backend.resolveDatabase("test").resolveCollection("modell", true);
            Document last = samling.getDocument("m-1");
            assertThat(last).isEqualTo(new Document("_id", "m-1").append("f", 1).append("g", 2));
            last.remove("f");
            assertThat(samling.getDocument("m-1")).containsKey("f");
            MVMap<Object, Object> karta = Lagerdelning.oppna(lasmodellager, Lagerdelning.DATA + "test.modell");
            assertThat(karta.get("m-1")).isInstanceOf(Bsondokument.class);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void samlingensStorlekRaknasUrDeLagradeDokumentenNarDenEfterfragas() {
        InbyggdH2Backend backend = InbyggdH2Backend.oppna(new Lagerdelning(
                InbyggdMongoServer.oppnaFil(katalog.resolve("kvalitetsledning.mv.db")),
                InbyggdMongoServer.oppnaLasmodellfil(katalog.resolve("lasmodeller.mv.db")),
                InbyggdMongoServer.HALLBARA));
        MongoServer server = new MongoServer(backend);
        try (MongoClient klient = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var databas = klient.getDatabase("test");
            var modell = databas.getCollection("modell");
            modell.insertOne(new org.bson.Document("_id", "m-1").append("rader", List.of("a", "b")));
            modell.insertOne(new org.bson.Document("_id", "m-2").append("f", 1));
            modell.insertOne(new org.bson.Document("_id", "m-3").append("f", 2));
            modell.updateOne(Filters.eq("_id", "m-1"), Updates.push("rader", "c"));
            modell.deleteOne(Filters.eq("_id", "m-3"));

            int vantad = storlek(new org.bson.Document("_id", "m-1").append("rader", List.of("a", "b", "c")))
                    + storlek(new org.bson.Document("_id", "m-2").append("f", 1));
            assertThat(databas.runCommand(new org.bson.Document("collStats", "modell")).get("size", Number.class)
                    .intValue()).isEqualTo(vantad);
        } finally {
            server.shutdownNow();
        }
    }

    private static int storlek(org.bson.Document dokument) {
        return new RawBsonDocument(dokument, new DocumentCodec()).getByteBuffer().remaining();
    }

    @Test
    void ettLagratDokumentAndrasInteAvDokumentetDetLagradesFranEllerAvEttLastDokument() {
        Document dokument = new Document("_id", "LISTA:*|2026-11").append("rader", new ArrayList<>(List.of("a")));
        Object lagrat = Bsondokument.lagrat(dokument);
        assertThat(lagrat).isInstanceOf(Bsondokument.class);

        dokument.append("ny", 1);
        Document last = Bsondokument.dokument(lagrat);
        assertThat(last).isEqualTo(new Document("_id", "LISTA:*|2026-11").append("rader", List.of("a")));
        last.remove("rader");

        assertThat(Bsondokument.dokument(lagrat)).isNotSameAs(last).containsKey("rader");
    }

    @Test
    void ettDokumentUtanBsonformOchEttAvH2sAldreFormLamnasUtSomKopior() {
        Document utanBsonTyp = new Document("_id", 8L).append("datum", LocalDate.of(2026, 11, 27));
        Object lagrat = Bsondokument.lagrat(utanBsonTyp);
        assertThat(lagrat).isInstanceOf(Document.class).isNotSameAs(utanBsonTyp).isEqualTo(utanBsonTyp);

        Document last = Bsondokument.dokument(lagrat);
        last.put("datum", LocalDate.of(2020, 1, 1));
        assertThat(Bsondokument.dokument(lagrat)).isEqualTo(utanBsonTyp);
    }
}
