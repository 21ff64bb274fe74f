package se.kvalitetsledning.infra.handelselager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * The servers a test class runs against: the embedded MongoDB-wire server with its memory and its H2 backend (the
 * application's), and a real MongoDB when {@code MONGODB_URI} is set. One fresh database per test class, dropped
 * after it. Register as {@code @RegisterExtension static final Lagringsplatser ... = new Lagringsplatser()} and
 * feed a {@code @MethodSource} from {@link #alla()}.
 */
final class Lagringsplatser implements AfterAllCallback {

    static {
        // no Spring Boot configures logging here: the server and the driver would log every connection they open
        ((Logger) LoggerFactory.getLogger("de.bwaldvogel.mongo")).setLevel(Level.ERROR);
        ((Logger) LoggerFactory.getLogger("org.mongodb.driver")).setLevel(Level.WARN);
    }

    private final String databasnamn = "handelselager-" + UUID.randomUUID();
    private final List<Lagringsplats> startade = new ArrayList<>();

    synchronized Stream<Lagringsplats> alla() {
        if (startade.isEmpty()) {
            startade.add(Lagringsplats.inbyggd("inbyggd, minne", new MemoryBackend(), databasnamn));
            startade.add(Lagringsplats.inbyggd("inbyggd, H2", H2Backend.inMemory(), databasnamn));
            String uri = System.getenv("MONGODB_URI");
            if (uri != null && !uri.isBlank()) {
                startade.add(Lagringsplats.extern(uri, databasnamn));
            }
        }
        return List.copyOf(startade).stream();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        startade.forEach(Lagringsplats::stang);
        startade.clear();
    }

    /** One server with the test class's database on it. */
    static final class Lagringsplats {

        private final String namn;
        private final MongoServer server;
        private final MongoClient klient;
        private final String databasnamn;

        private Lagringsplats(String namn, MongoServer server, MongoClient klient, String databasnamn) {
            this.namn = namn;
            this.server = server;
            this.klient = klient;
            this.databasnamn = databasnamn;
        }

        static Lagringsplats inbyggd(String namn, MongoBackend backend, String databasnamn) {
            MongoServer server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            var adress = server.getLocalAddress();
            MongoClient klient = MongoClients.create("mongodb://" + adress.getHostString() + ":" + adress.getPort());
            return new Lagringsplats(namn, server, klient, databasnamn);
        }

        static Lagringsplats extern(String uri, String databasnamn) {
            return new Lagringsplats("MongoDB", null, MongoClients.create(uri), databasnamn);
        }

        /** The database emptied, for a test that starts from nothing. */
        MongoDatabase tom() {
            MongoDatabase databas = klient.getDatabase(databasnamn);
            databas.drop();
            return databas;
        }

        void stang() {
            klient.getDatabase(databasnamn).drop();
            klient.close();
            if (server != null) {
                server.shutdownNow();
            }
        }

        @Override
        public String toString() {
            return namn;
        }
    }
}
