package se.kvalitetsledning.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/** The driver reads from our server what it stored, arrays of thousands and nested ones included. */
class WireserverTest {

    @Test
    void drivrutinenLaserTillbakaVadDenLagrade() {
        var rader = new ArrayList<String>();
        for (int i = 0; i < 3_000; i++) {
            rader.add(UUID.randomUUID() + "|REGISTRERAD");
        }
        var dokument = new Document("_id", "*|2026-03").append("rader", rader)
                .append("inre", new Document("listor", List.of(List.of(1, 2L), List.of(), List.of("å"))))
                .append("tom", null);
        Wireserver server = new Wireserver(InbyggdH2Backend.oppna(new Lagerdelning(MVStore.open(null),
                MVStore.open(null), InbyggdMongoServer.HALLBARA)));
        try (MongoClient klient = MongoClients.create("mongodb://127.0.0.1:" + server.adress().getPort())) {
            var samling = klient.getDatabase("test").getCollection("lista");
            samling.insertOne(dokument);

            assertThat(samling.find(Filters.eq("_id", "*|2026-03")).first()).isEqualTo(dokument);
            assertThat(klient.getDatabase("test").runCommand(new Document("ping", 1)).get("ok")).isEqualTo(1.0);
        } finally {
            server.stang();
        }
    }
}
