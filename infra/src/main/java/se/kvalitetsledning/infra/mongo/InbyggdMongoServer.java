package se.kvalitetsledning.infra.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process MongoDB-wire server used when no MongoDB is configured: an H2 file under the data directory, or
 * memory for tests. Nothing outside this package knows it is not a real MongoDB.
 */
public final class InbyggdMongoServer implements AutoCloseable {

    private static final Logger LOGG = LoggerFactory.getLogger(InbyggdMongoServer.class);

    /**
     * Decoded pages kept in memory. H2's default of 16 MB made every read of a larger store decode pages again
     * (Java deserialization of every document in the page). H2's background compaction is left at its default:
     * at a lower fill rate it used less CPU, but the file grew to ten times its live data.
     */
    private static final int CACHE_MB = 64;

    private final MongoServer server;
    private final H2Backend backend;
    private final String beskrivning;
    private final InetSocketAddress adress;

    private InbyggdMongoServer(H2Backend backend, String beskrivning) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.adress = server.getLocalAddress();
        this.beskrivning = beskrivning;
    }

    public static InbyggdMongoServer iMinnet() {
        return new InbyggdMongoServer(new InbyggdH2Backend(MVStore.open(null)), "i minnet (försvinner vid omstart)");
    }

    public static InbyggdMongoServer paFil(Path datakatalog) {
        try {
            Files.createDirectories(datakatalog);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan inte skapa datakatalogen " + datakatalog.toAbsolutePath(), e);
        }
        Path fil = datakatalog.resolve("kvalitetsledning.mv.db").toAbsolutePath();
        MVStore lager = new MVStore.Builder().fileName(fil.toString())
                .cacheSize(CACHE_MB)
                .open();
        return new InbyggdMongoServer(new InbyggdH2Backend(lager), "på fil " + fil);
    }

    public String anslutning() {
        return "mongodb://" + adress.getHostString() + ":" + adress.getPort();
    }

    String beskrivning() {
        return beskrivning;
    }

    /** Writes everything acknowledged so far to the file; H2 otherwise commits only about once a second. */
    void commit() {
        backend.commit();
    }

    /** Closes the server and its file; the line logged after says that everything reached the file. */
    @Override
    public void close() {
        server.shutdown();
        LOGG.info("Lagring stängd: inbyggd MongoDB-server {}", beskrivning);
    }
}
