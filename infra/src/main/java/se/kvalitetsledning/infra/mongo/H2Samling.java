package se.kvalitetsledning.infra.mongo;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;

/**
 * The library's H2 collection, with two reads that take the index MongoDB would take instead of a scan or a
 * quadratic match:
 * <ul>
 * <li>A query {@code {_id: {$in: [...]}}} served by the {@code _id} index is not matched again document by
 * document: the library tests each document found against every value of the list, so a read of n ids cost n²
 * comparisons (a sixth of all CPU samples in a rebuild of the projections). The index finds exactly the documents
 * whose {@code _id} is one of the values when they are plain values; any other list is matched as before.</li>
 * <li>A query that pins every key of a unique index to a plain value, beside other conditions (at the top or in an
 * {@code $and}), reads the documents the index finds and matches only those. The library takes an index only when
 * the query has exactly its keys, so the token store's updates ({@code processorName}, {@code segment} and
 * {@code owner}) read every token of every processor, several times a second each.</li>
 * </ul>
 */
final class H2Samling extends H2Collection {

    H2Samling(MongoDatabase databas, String namn, CollectionOptions alternativ, MVMap<Object, Document> data,
              MVMap<String, Object> meta, CursorRegistry markorer) {
        super(databas, namn, alternativ, data, meta, markorer);
    }

    @Override
    protected QueryResult queryDocuments(Document fraga, Document ordning, int hoppa, int antal, int batch,
                                         Document falt) {
        List<Index<Object>> index = getIndexes();
        if (index.stream().noneMatch(i -> i.canHandle(fraga))) {
            Map<String, Object> likheter = new LinkedHashMap<>();
            samlaLikheter(fraga, likheter);
            for (Index<Object> i : index) {
                Document nyckelfraga = nyckelfraga(i, likheter);
                if (nyckelfraga != null && i.canHandle(nyckelfraga)) {
                    return matchDocuments(fraga, i.getPositions(nyckelfraga), ordning, hoppa, antal, batch, falt);
                }
            }
        }
        return super.queryDocuments(fraga, ordning, hoppa, antal, batch, falt);
    }

    @Override
    protected QueryResult matchDocuments(Document fraga, Iterable<Object> positioner, Document ordning,
                                         int hoppa, int antal, int batch, Document falt) {
        return super.matchDocuments(idUrval(fraga) ? new Document() : fraga, positioner, ordning, hoppa, antal, batch,
                falt);
    }

    /** The fields the query pins to one plain value, at its top or in an {@code $and} (the driver's {@code and}). */
    private static void samlaLikheter(Document fraga, Map<String, Object> likheter) {
        fraga.forEach((falt, varde) -> {
            if (falt.equals("$and") && varde instanceof Collection<?> delar) {
                delar.stream().filter(Document.class::isInstance).forEach(d -> samlaLikheter((Document) d, likheter));
            } else if (!falt.startsWith("$") && enkelt(varde)) {
                likheter.putIfAbsent(falt, varde);
            }
        });
    }

    /** The query on the index's keys alone, or null when the query does not pin all of them. */
    private static Document nyckelfraga(Index<Object> index, Map<String, Object> likheter) {
        Document nyckelfraga = new Document();
        for (IndexKey nyckel : index.getKeys()) {
            if (!likheter.containsKey(nyckel.getKey())) {
                return null;
            }
            nyckelfraga.put(nyckel.getKey(), likheter.get(nyckel.getKey()));
        }
        return nyckelfraga;
    }

    private static boolean idUrval(Document fraga) {
        if (fraga.size() != 1 || !(fraga.get("_id") instanceof Document villkor) || villkor.size() != 1
                || !(villkor.get("$in") instanceof Collection<?> varden)) {
            return false;
        }
        return varden.stream().allMatch(H2Samling::enkelt);
    }

    private static boolean enkelt(Object varde) {
        return varde instanceof String || varde instanceof Number || varde instanceof ObjectId
                || varde instanceof UUID || varde instanceof Date;
    }
}
