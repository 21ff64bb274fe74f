package se.kvalitetsledning.infra.mongo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with two changes.
 * <ul>
 * <li>A commit stores a state between whole operations. H2 takes each map's root as it finds it, so a commit made
 * while a write is under way can store a document without its index entries, or a processor's position without the
 * read model it wrote just before. After a crash that is what the file holds. Here every operation that may write
 * holds a shared lock, and a commit (or closing) holds it alone. H2 must not commit by itself: see
 * {@link InbyggdMongoServer#oppnaFil}.</li>
 * <li>Unique indexes order their keys with {@link Indexnyckelordning}: the same maps under the same names and in the
 * same order as the library's own, found without serializing keys.</li>
 * </ul>
 */
final class InbyggdH2Backend extends H2Backend {

    /** Commands that only read: they need not wait for a commit, nor a commit for them. */
    private static final Set<String> LASANDE = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        LASANDE.addAll(List.of("find", "getMore", "count", "distinct", "killCursors", "listCollections",
                "listIndexes", "listDatabases", "ping", "hello", "isMaster", "buildInfo", "whatsmyuri",
                "serverStatus", "dbStats", "collStats", "endSessions"));
    }

    private final ReentrantReadWriteLock operationer = new ReentrantReadWriteLock();

    InbyggdH2Backend(MVStore lager) {
        super(lager);
    }

    /** Every command the driver sends (OP_MSG). */
    @Override
    public Document handleMessage(MongoMessage meddelande) {
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
    }

    @Override
    public void commit() {
        Lock ensam = operationer.writeLock();
        ensam.lock();
        try {
            super.commit();
        } finally {
            ensam.unlock();
        }
    }

    @Override
    public void close() {
        Lock ensam = operationer.writeLock();
        ensam.lock();
        try {
            super.close();
        } finally {
            ensam.unlock();
        }
    }

    /** Called while the library's constructor opens the databases already in the file, so it uses no field of ours. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String namn) {
        return new Databas(namn);
    }

    private final class Databas extends H2Database {

        Databas(String namn) {
            super(namn, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String samling, String index, List<IndexKey> nycklar,
                                                        boolean gles) {
            MVMap<KeyValue, Object> karta = getMvStore().openMap(getFullCollectionNamespace(samling) + "._index_"
                    + index, new MVMap.Builder<KeyValue, Object>().keyType(new Indexnyckelordning()));
            return new UnikIndex(karta, index, nycklar, gles);
        }
    }

    /** The library's H2 unique index (its constructor is not public), over a map opened with our key type. */
    private static final class UnikIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> karta;

        UnikIndex(MVMap<KeyValue, Object> karta, String namn, List<IndexKey> nycklar, boolean gles) {
            super(namn, nycklar, gles);
            this.karta = karta;
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
