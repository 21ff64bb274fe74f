package se.kvalitetsledning.infra.mongo;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend whose unique indexes order their keys with {@link Indexnyckelordning}: the same maps
 * under the same names and in the same order as the library's own, found without serializing keys.
 */
final class InbyggdH2Backend extends H2Backend {

    InbyggdH2Backend(MVStore lager) {
        super(lager);
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
