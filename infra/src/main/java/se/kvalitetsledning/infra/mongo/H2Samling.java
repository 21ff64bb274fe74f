package se.kvalitetsledning.infra.mongo;

import java.util.Collection;
import java.util.Date;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;

/**
 * The library's H2 collection, except that a query {@code {_id: {$in: [...]}}} served by the {@code _id} index is
 * not matched again document by document: the library tests each document found against every value of the list,
 * so a read of n ids cost n² comparisons (a sixth of all CPU samples in a rebuild of the projections). The index
 * finds exactly the documents whose {@code _id} is one of the values when they are plain values (text, numbers,
 * ids, dates); any other list is matched as before.
 */
final class H2Samling extends H2Collection {

    H2Samling(MongoDatabase databas, String namn, CollectionOptions alternativ, MVMap<Object, Document> data,
              MVMap<String, Object> meta, CursorRegistry markorer) {
        super(databas, namn, alternativ, data, meta, markorer);
    }

    @Override
    protected QueryResult matchDocuments(Document fraga, Iterable<Object> positioner, Document ordning,
                                         int hoppa, int antal, int batch, Document falt) {
        return super.matchDocuments(idUrval(fraga) ? new Document() : fraga, positioner, ordning, hoppa, antal, batch,
                falt);
    }

    private static boolean idUrval(Document fraga) {
        if (fraga.size() != 1 || !(fraga.get("_id") instanceof Document villkor) || villkor.size() != 1
                || !(villkor.get("$in") instanceof Collection<?> varden)) {
            return false;
        }
        return varden.stream().allMatch(v -> v instanceof String || v instanceof Number || v instanceof ObjectId
                || v instanceof UUID || v instanceof Date);
    }
}
