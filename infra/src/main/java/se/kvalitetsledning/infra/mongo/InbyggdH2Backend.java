package se.kvalitetsledning.infra.mongo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with five changes.
 * <ul>
 * <li>Two stores ({@link Lagerdelning}): each collection's maps live in the store its name belongs to.</li>
 * <li>A commit stores a state between whole operations. H2 takes each map's root as it finds it, so a commit made
 * while a write is under way can store a document without its index entries, or a processor's position without the
 * read model it wrote just before. After a crash that is what the file holds. Here every operation that may write
 * holds a shared lock, and a commit (or closing) holds it alone. H2 must not commit by itself: see
 * {@link InbyggdMongoServer#oppnaFil}.</li>
 * <li>Unique indexes order their keys with {@link Indexnyckelordning}: the same maps under the same names and in the
 * same order as the library's own, found without serializing keys. A key is put without being looked up again.</li>
 * <li>Documents and index keys are stored as BSON ({@link Dokumenttyp}), not Java-serialized; a collection keeps its
 * documents as BSON in memory too and decodes a new one at every read ({@link Bsondokument},
 * {@link H2Dokumentsamling}).</li>
 * <li>Reads by {@code _id} take the documents straight from the data, and a query that pins a unique index's keys
 * beside other conditions reads through that index ({@link H2Samling}).</li>
 * </ul>
 */
final class InbyggdH2Backend extends H2Backend {

    /** The division while the library's constructor opens the databases already in the file, before our field is. */
    private static final ThreadLocal<Lagerdelning> UNDER_OPPNING = new ThreadLocal<>();

    /** Commands that only read: they need not wait for a commit, nor a commit for them. */
    private static final Set<String> LASANDE = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        LASANDE.addAll(List.of("find", "getMore", "count", "distinct", "killCursors", "listCollections",
                "listIndexes", "listDatabases", "ping", "hello", "isMaster", "buildInfo", "whatsmyuri",
                "serverStatus", "dbStats", "collStats", "endSessions"));
    }

    private final Lagerdelning delning;
    private final ReentrantReadWriteLock operationer = new ReentrantReadWriteLock();

    private InbyggdH2Backend(Lagerdelning delning) {
        super(delning.huvudlager());
        this.delning = delning;
    }

    static InbyggdH2Backend oppna(Lagerdelning delning) {
        UNDER_OPPNING.set(delning);
        try {
            return new InbyggdH2Backend(delning);
        } finally {
            UNDER_OPPNING.remove();
        }
    }

    /** Called while the library's constructor opens the databases already in the file, as well as afterwards. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String namn) {
        return new Databas(namn);
    }

    /**
     * Every command the driver sends (OP_MSG). It holds on to the stores' current versions while it runs: H2 drops a
     * chunk once no version in use needs it, and the library does not say which it reads, so a long scan would
     * otherwise find chunks that compaction emptied gone ("Chunk … not found"; a query reads all its documents
     * before it answers).
     */
    @Override
    public Document handleMessage(MongoMessage meddelande) {
        MVStore.TxCounter huvudversion = getMvStore().registerVersionUsage();
        MVStore.TxCounter lasmodellversion = delning.lasmodellager().registerVersionUsage();
        try {
            if (LASANDE.contains(meddelande.getDocument().keySet().iterator().next())) {
                return super.handleMessage(meddelande);
            }
            Lock delat = operationer.readLock();
            delat.lock();
            try {
                return super.handleMessage(meddelande);
            } finally {
                delat.unlock();
            }
        } finally {
            delning.lasmodellager().deregisterVersionUsage(lasmodellversion);
            getMvStore().deregisterVersionUsage(huvudversion);
        }
    }

    /** Commits the first store, what must be durable when a command is answered. */
    @Override
    public void commit() {
        ensam(super::commit);
    }

    /**
     * Commits both stores as of the same moment. A read model's collection is listed in the first store's catalogue
     * and kept in the second, so the second must never be committed with a collection the first does not list yet.
     * The second's pages are written after the lock is let go ({@link InbyggdMongoServer#oppnaLasmodellfil}).
     */
    void commitBada() {
        ensam(() -> {
            super.commit();
            delning.lasmodellager().tryCommit();
        });
    }

    @Override
    public void close() {
        ensam(() -> {
            super.close();
            delning().lasmodellager().close();
        });
    }

    private void ensam(Runnable atgard) {
        Lock ensam = operationer.writeLock();
        ensam.lock();
        try {
            atgard.run();
        } finally {
            ensam.unlock();
        }
    }

    private Lagerdelning delning() {
        return delning != null ? delning : UNDER_OPPNING.get();
    }

    /** A database whose collections' maps are opened in the store each belongs to. */
    private final class Databas extends H2Database {

        Databas(String namn) {
            super(namn, getMvStore(), getCursorRegistry());
        }

        /** A find's or an aggregation's answer in batches MongoDB would send ({@link Svarsbatchar}). */
        @Override
        public Document handleCommand(Channel kanal, String kommando, Document fraga, DatabaseResolver databaser,
                                      Oplog oplog) {
            Document svar = super.handleCommand(kanal, kommando, fraga, databaser, oplog);
            return "find".equalsIgnoreCase(kommando) || "aggregate".equalsIgnoreCase(kommando)
                    ? Svarsbatchar.iBatchar(svar, cursorRegistry) : svar;
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String samling, CollectionOptions alternativ) {
            MVStore lager = delning().lager(samling);
            String fullt = getFullCollectionNamespace(samling);
            return new H2Samling(this, samling, alternativ, Lagerdelning.oppna(lager, Lagerdelning.DATA + fullt),
                    Lagerdelning.oppna(lager, Lagerdelning.META + fullt), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String samling, String index, List<IndexKey> nycklar,
                                                        boolean gles) {
            MVMap<KeyValue, Object> karta = Lagerdelning.oppna(delning().lager(samling), indexkarta(samling, index));
            return new UnikIndex(karta, index, nycklar, gles);
        }

        /** The library removes the maps from the event store's file; a read model's are in the other. */
        @Override
        public void dropCollection(String samling, Oplog oplog) {
            super.dropCollection(samling, oplog);
            delning().taBort(getFullCollectionNamespace(samling));
        }

        @Override
        protected void dropIndex(MongoCollection<Object> samling, String index) {
            super.dropIndex(samling, index);
            MVStore lager = delning().lager(samling.getCollectionName());
            String karta = indexkarta(samling.getCollectionName(), index);
            if (lager.hasMap(karta)) {
                lager.removeMap(karta);
            }
        }

        @Override
        public void drop(Oplog oplog) {
            super.drop(oplog);
            delning().taBortDatabas(getDatabaseName());
        }

        @Override
        public void moveCollection(MongoDatabase fran, MongoCollection<?> samling, String nyttNamn) {
            throw new UnsupportedOperationException("Den inbyggda lagringen byter inte namn på samlingar");
        }

        private String indexkarta(String samling, String index) {
            return getFullCollectionNamespace(samling) + Lagerdelning.INDEX + index;
        }
    }

    /** The library's H2 unique index (its constructor is not public), over a map opened with our key type. */
    private static final class UnikIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> karta;

        UnikIndex(MVMap<KeyValue, Object> karta, String namn, List<IndexKey> nycklar, boolean gles) {
            super(namn, nycklar, gles);
            this.karta = karta;
        }

        /**
         * Puts the document's keys without looking each up first; a key already there is refused by the put itself.
         * The library looks them up here once more, right after the collection's insert looked them up before storing
         * the document. {@link H2Samling}'s upserts, which have found no document under the id, call this alone: the
         * put then reads the tree's pages that the lookup read before (3.7 % of all samples of a rebuild of the
         * projections, most of it reading those pages).
         */
        @Override
        public synchronized void add(Document dokument, Object position, MongoCollection<Object> samling) {
            if (isSparse()) {
                super.add(dokument, position, samling);
                return;
            }
            for (KeyValue nyckel : getKeyValues(dokument)) {
                if (!putKeyPosition(nyckel, position)) {
                    throw new DuplicateKeyError(this, samling, getKeys(), nyckel);
                }
            }
        }

        @Override
        protected Object removeDocument(KeyValue nyckel) {
            return karta.remove(nyckel);
        }

        @Override
        protected boolean putKeyPosition(KeyValue nyckel, Object position) {
            return karta.putIfAbsent(nyckel, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return karta.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue nyckel) {
            return karta.get(nyckel);
        }

        @Override
        public long getCount() {
            return karta.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return karta.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
