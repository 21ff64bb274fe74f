package se.kvalitetsledning.infra.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
     * (Java deserialization of every document in the page).
     */
    private static final int CACHE_MB = 64;

    /** How long a write not yet acknowledged may stay only in memory, as H2's own default. */
    private static final long COMMIT_VARJE_MS = 1000;

    /**
     * Chunks are rewritten when the live share has fallen below this, up to this much a second: H2's background
     * compaction while the store is in use (90 % squared; a quarter of its 19 MB commit buffer, three times a second).
     * At a lower fill rate it used less CPU, but the file grew to ten times its live data.
     */
    private static final int KOMPAKTERA_UNDER_PROCENT = 81;
    private static final int KOMPAKTERA_HOGST_BYTE = 14 * 1024 * 1024;

    /** What must be durable when a command is answered (see {@link Lagerdelning}); the rest is rebuilt from it. */
    static final Set<String> HALLBARA = Stream.concat(MongoHandelselager.SAMLINGAR.stream(),
            Stream.of(Visningslogg.SAMLING)).collect(Collectors.toUnmodifiableSet());

    private final Wireserver server;
    private final InbyggdH2Backend backend;
    private final String beskrivning;
    private final InetSocketAddress adress;
    private final ScheduledExecutorService skrivare;

    private InbyggdMongoServer(InbyggdH2Backend backend, String beskrivning, ScheduledExecutorService skrivare) {
        this.backend = backend;
        this.server = new Wireserver(backend);
        this.adress = server.adress();
        this.beskrivning = beskrivning;
        this.skrivare = skrivare;
    }

    public static InbyggdMongoServer iMinnet() {
        return new InbyggdMongoServer(InbyggdH2Backend.oppna(new Lagerdelning(MVStore.open(null), MVStore.open(null),
                HALLBARA)), "i minnet (försvinner vid omstart)", null);
    }

    public static InbyggdMongoServer paFil(Path datakatalog) {
        try {
            Files.createDirectories(datakatalog);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan inte skapa datakatalogen " + datakatalog.toAbsolutePath(), e);
        }
        Path fil = datakatalog.resolve("kvalitetsledning.mv.db").toAbsolutePath();
        Path lasmodeller = datakatalog.resolve("lasmodeller.mv.db").toAbsolutePath();
        MVStore huvudlager = oppnaFil(fil);
        MVStore lasmodellager = oppnaLasmodellfil(lasmodeller);
        InbyggdH2Backend backend;
        try {
            backend = InbyggdH2Backend.oppna(new Lagerdelning(huvudlager, lasmodellager, HALLBARA));
        } catch (RuntimeException e) {
            huvudlager.close();
            lasmodellager.close();
            throw e;
        }
        ScheduledExecutorService skrivare = Executors.newSingleThreadScheduledExecutor(uppgift -> {
            Thread trad = new Thread(uppgift, "inbyggd-lagring-commit");
            trad.setDaemon(true);
            return trad;
        });
        skrivare.scheduleWithFixedDelay(() -> skrivOchKompaktera(backend, huvudlager, lasmodellager), COMMIT_VARJE_MS,
                COMMIT_VARJE_MS, TimeUnit.MILLISECONDS);
        return new InbyggdMongoServer(backend, "på fil " + fil + " och " + lasmodeller, skrivare);
    }

    /**
     * A file with H2's own commits turned off, both the timed ones and those a full write buffer starts in the middle
     * of a write: {@link InbyggdH2Backend} commits only between whole operations, and the server's own thread does
     * what H2's background thread did. Its cache of the chunks' tables of contents is made larger
     * ({@link Innehallsforteckningar}).
     */
    static MVStore oppnaFil(Path fil) {
        MVStore lager = new MVStore.Builder().fileName(fil.toString())
                .cacheSize(CACHE_MB)
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
        Innehallsforteckningar.storreCache(lager);
        return lager;
    }

    /**
     * The read models' file: as {@link #oppnaFil}, except that a commit only takes the maps' roots, under the
     * server's lock, and H2's serialization thread writes the pages while the operations go on (H2's own way of
     * committing in the background). Serializing under the lock held every write back for a fifth of a rebuild of
     * the projections. H2 makes that thread only with its timed commits on, so they are set 24.8 days apart (its
     * thread wakes every 8.3 days and commits only if nothing was stored for that long): the server's thread commits
     * every second.
     */
    static MVStore oppnaLasmodellfil(Path fil) {
        MVStore lager = oppnaFil(fil);
        lager.setAutoCommitDelay(Integer.MAX_VALUE);
        return lager;
    }

    private static void skrivOchKompaktera(InbyggdH2Backend backend, MVStore huvudlager, MVStore lasmodellager) {
        try {
            backend.commitBada();
            // rewrites pages; the next commit stores them
            huvudlager.compact(KOMPAKTERA_UNDER_PROCENT, KOMPAKTERA_HOGST_BYTE);
            lasmodellager.compact(KOMPAKTERA_UNDER_PROCENT, KOMPAKTERA_HOGST_BYTE);
        } catch (RuntimeException e) {
            LOGG.error("Den inbyggda lagringen kunde inte skriva till filen", e);
        }
    }

    public String anslutning() {
        return "mongodb://" + adress.getHostString() + ":" + adress.getPort();
    }

    String beskrivning() {
        return beskrivning;
    }

    /** Writes the events acknowledged so far to their file; the read models reach theirs within a second. */
    void commit() {
        backend.commit();
    }

    /** Closes the server and its files; the line logged after says that everything reached them. */
    @Override
    public void close() {
        if (skrivare != null) {
            skrivare.shutdown();
            try {
                skrivare.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        server.stang(); // commits what is left as it closes the files
        LOGG.info("Lagring stängd: inbyggd MongoDB-server {}", beskrivning);
    }
}
