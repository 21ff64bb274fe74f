package se.kvalitetsledning.infra.handelselager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Data from the first event store (axon-mongo's format) is refused at start, never misread. */
class TidigareFormatTest {

    private MongoServer server;
    private MongoClient klient;

    @BeforeEach
    void starta() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        klient = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    @AfterEach
    void stoppa() {
        klient.close();
        server.shutdownNow();
    }

    @Test
    void enDatabasMedHandelserIDetTidigareFormatetStopparStarten() {
        MongoDatabase databas = klient.getDatabase("gammal");
        databas.getCollection("domainevents").insertOne(new Document("aggregateIdentifier", "a")
                .append("sequenceNumber", 0L).append("serializedPayload", "{}"));

        assertThatThrownBy(() -> TidigareFormat.kontrollera(databas))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tidigare formatet")
                .hasMessageContaining("tom datakatalog");
    }

    @Test
    void enTomDatabasOchEnMedVaraHandelserGarBra() {
        MongoDatabase tom = klient.getDatabase("tom");
        assertThatCode(() -> TidigareFormat.kontrollera(tom)).doesNotThrowAnyException();
        MongoDatabase nuvarande = klient.getDatabase("nuvarande");
        nuvarande.getCollection(MongoHandelselager.HANDELSER).insertOne(new Document("_id", 1L));
        assertThatCode(() -> TidigareFormat.kontrollera(nuvarande)).doesNotThrowAnyException();
        assertThat(nuvarande.getCollection(MongoHandelselager.HANDELSER).countDocuments()).isEqualTo(1);
    }
}
