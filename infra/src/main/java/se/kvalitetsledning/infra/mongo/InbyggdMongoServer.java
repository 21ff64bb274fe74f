package se.kvalitetsledning.infra.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.kvalitetsledning.infra.handelselager.MongoHandelselager;
import se.kvalitetsledning.infra.lexsarah.Visningslogg;

/**
 * The in-process MongoDB-wire server used when no MongoDB is configured: two H2 files under the data directory (see
 * {@link Lagerdelning}), or memory for tests. Nothing outside this package knows it is not a real MongoDB.
 */
public final class InbyggdMongoServer implements AutoCloseable {

    private static final Logger LOGG = LoggerFactory.getLogger(InbyggdMongoServer.class);

    /**
     * Decoded pages kept in memory. H2's default of 16 MB made every read of a larger store decode pages again
     * (Java deserialization of every document in the page). H2's background compaction is left at its default:
     * at a lower fill rate it used less CPU, but the file grew to ten times its live data.
     */
    private static final int CACHE_MB = 64;
    /** What must be durable when a command is answered (see {@link Lagerdelning}); the rest is rebuilt from it. */
    private static final Set<String> HALLBARA = Stream.concat(MongoHandelselager.SAMLINGAR.stream(),
            Stream.of(Visningslogg.SAMLING)).collect(Collectors.toUnmodifiableSet());

    private final MongoServer server;
    private final InbyggdH2Backend backend;
    private final String beskrivning;
    private final InetSocketAddress adress;

    private InbyggdMongoServer(InbyggdH2Backend backend, String beskrivning) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.adress = server.getLocalAddress();
        this.beskrivning = beskrivning;
    }

    public static InbyggdMongoServer iMinnet() {
        return new InbyggdMongoServer(InbyggdH2Backend.oppna(new Lagerdelning(MVStore.open(null), MVStore.open(null),
                HALLBARA)), "i minnet (försvinner vid omstart)");
    }

    public static InbyggdMongoServer paFil(Path datakatalog) {
        try {
            Files.createDirectories(datakatalog);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan inte skapa datakatalogen " + datakatalog.toAbsolutePath(), e);
        }
        Path fil = datakatalog.resolve("kvalitetsledning.mv.db").toAbsolutePath();
        Path lasmodeller = datakatalog.resolve("lasmodeller.mv.db").toAbsolutePath();
        MVStore huvudlager = oppna(fil);
        MVStore lasmodellager = oppna(lasmodeller);
        Lagerdelning delning;
        try {
            delning = new Lagerdelning(huvudlager, lasmodellager, HALLBARA);
        } catch (RuntimeException e) {
            huvudlager.close();
            lasmodellager.close();
            throw e;
        }
        return new InbyggdMongoServer(InbyggdH2Backend.oppna(delning), "på fil " + fil + " och " + lasmodeller);
    }

    private static MVStore oppna(Path fil) {
        return new MVStore.Builder().fileName(fil.toString()).cacheSize(CACHE_MB).open();
    }

    public String anslutning() {
        return "mongodb://" + adress.getHostString() + ":" + adress.getPort();
    }

    String beskrivning() {
        return beskrivning;
    }

    /** Writes the events acknowledged so far to their file; H2 otherwise commits only about once a second. */
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
