package se.kvalitetsledning.infra.mongo;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

/**
 * The embedded store's collection ({@link H2Dokumentsamling}), with reads that go the way MongoDB's would instead
 * of a detour, a scan or a quadratic match:
 * <ul>
 * <li>A query on {@code _id} alone, {@code {_id: v}} or {@code {_id: {$in: [...]}}} of plain values, reads the
 * documents straight from the data, which H2 keeps under their {@code _id}. The library looked each value up in the
 * {@code _id} index first (another tree, whose pages a rebuild of the projections kept reading from the file), then
 * tested each document found against every value of the list: n² comparisons for a read of n ids (a sixth of all CPU
 * samples in a rebuild). A number not kept under its own type is looked up in the index, which finds 5 under 5.0 as
 * MongoDB does.</li>
 * <li>A query that pins every key of a unique index to a plain value, beside other conditions (at the top or in an
 * {@code $and}), reads the documents the index finds and matches only those. The library takes an index only when
 * the query has exactly its keys, so the token store's updates ({@code processorName}, {@code segment} and
 * {@code owner}) read every token of every processor, several times a second each.</li>
 * </ul>
 * A document changed by its {@code _id} alone, replaced whole (how the projections write theirs, a batch at a time)
 * or by the operators of {@link Faltandringar} (the projections' sets of ids), is stored without the library's round
 * of copies: it clones the stored document, builds the new one field by field, compares the two, checks every index
 * and compares them once more, each a pass over the whole document. Here the new document is encoded once and its
 * bytes compared with the stored ones (with replacements alone, rebuilding every projection of the benchmark history
 * took 261–263 s instead of 275 s). An upsert that finds nothing inserts the document it makes without the library's
 * conversion of the query and second pass of the operators. Both when the collection has no index that does something
 * but {@code _id}'s: the list projections' secondary indexes are kept by a MongoDB, not by the library.
 */
final class H2Samling extends H2Dokumentsamling {

    H2Samling(MongoDatabase databas, String namn, CollectionOptions alternativ, MVMap<Object, Object> data,
              MVMap<String, Object> meta, CursorRegistry markorer) {
        super(databas, namn, alternativ, data, meta, markorer);
    }

    @Override
    protected QueryResult queryDocuments(Document fraga, Document ordning, int hoppa, int antal, int batch,
                                         Document falt) {
        List<Object> ids = idUrval(fraga);
        if (ids != null) {
            return matchDocumentsFromStream(medId(ids).stream(), new Document(), ordning, hoppa, antal, batch, falt);
        }
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
    public synchronized Document updateDocuments(Document fraga, Document andring, ArrayFilters filter,
                                                 boolean flera, boolean upsert, Oplog oplog) {
        String id = enkeltId(fraga, andring, filter, flera);
        Document svar = id == null ? null : andraEtt(id, fraga, andring, upsert, oplog);
        return svar != null ? svar : super.updateDocuments(fraga, andring, filter, flera, upsert, oplog);
    }

    /**
     * Changes, or with {@code upsert} inserts, the document under {@code id} and answers as the library would; null
     * when the library must do it (an update not known here).
     */
    private Document andraEtt(String id, Document fraga, Document andring, boolean upsert, Oplog oplog) {
        Object lagrat = lagrat(id);
        if (lagrat == null && !upsert) {
            oplog.handleUpdate(getFullName(), fraga, andring, List.of());
            return new Document("n", 0).append("nModified", 0);
        }
        Document ny = nyttDokument(id, lagrat, andring);
        if (ny == null) {
            return null;
        }
        Utils.validateFieldNames(ny);
        if (lagrat == null) {
            addDocumentInternal(ny);
            idIndex().add(ny, id, this);
            oplog.handleInsert(getFullName(), List.of(ny));
            return new Document("upserted", id).append("n", 0).append("nModified", 0);
        }
        boolean andrad = ersatt(id, lagrat, ny);
        oplog.handleUpdate(getFullName(), fraga, andring, andrad ? List.of(id) : List.of());
        return new Document("n", 1).append("nModified", andrad ? 1 : 0);
    }

    /**
     * The id when the update is of the one document a query on its {@code _id} (a text) can find, in a collection
     * whose only index that does something is {@code _id}'s: the library keeps no secondary index, only unique ones,
     * and answers the others ({@link EmptyIndex}) with nothing. An update of many ({@code multi}, as Spring's bulk
     * upserts send) is one of one here, when it has operators; a replacement of many is refused by the library.
     */
    private String enkeltId(Document fraga, Document andring, ArrayFilters filter, boolean flera) {
        String idFalt = getIdField();
        if (idFalt == null || !filter.isEmpty() || fraga.size() != 1 || flera && !medOperatorer(andring)
                || getIndexes().stream().filter(i -> !(i instanceof EmptyIndex)).count() != 1) {
            return null;
        }
        return fraga.get(idFalt) instanceof String id ? id : null;
    }

    /**
     * What the update makes of the document stored under {@code id} ({@code lagrat}; null when an upsert starts from
     * the id alone): a replacement that keeps the id, or the operators {@link Faltandringar} applies to it. Null for
     * anything else. Only operators need the stored document decoded.
     */
    private Document nyttDokument(String id, Object lagrat, Document andring) {
        String idFalt = getIdField();
        if (medOperatorer(andring)) {
            Document fore = lagrat != null ? Bsondokument.dokument(lagrat) : new Document(idFalt, id);
            return Faltandringar.tillampa(fore, andring, idFalt);
        }
        if (andring.containsKey(idFalt) && !id.equals(andring.get(idFalt))) {
            return null;
        }
        Document ny = new Document(idFalt, id);
        andring.forEach(ny::put);
        return ny;
    }

    private static boolean medOperatorer(Document andring) {
        return andring.keySet().stream().anyMatch(k -> k.startsWith("$"));
    }

    /** The values of {@code {_id: v}} or {@code {_id: {$in: [...]}}} when all are plain, otherwise null. */
    private List<Object> idUrval(Document fraga) {
        String idFalt = getIdField();
        if (idFalt == null || fraga.size() != 1 || !fraga.containsKey(idFalt)) {
            return null;
        }
        Object villkor = fraga.get(idFalt);
        if (enkelt(villkor)) {
            return List.of(villkor);
        }
        if (villkor instanceof Document d && d.size() == 1 && d.get("$in") instanceof Collection<?> varden
                && varden.stream().allMatch(H2Samling::enkelt)) {
            return List.copyOf(varden);
        }
        return null;
    }

    /** The documents with these ids, each once. */
    private List<Document> medId(List<Object> ids) {
        Map<Object, Document> funna = new LinkedHashMap<>();
        for (Object id : ids) {
            Document dokument = getDocument(id);
            if (dokument != null) {
                funna.put(id, dokument);
            } else if (id instanceof Number) {
                idIndex().getPositions(new Document(getIdField(), id)).forEach(p -> funna.put(p, getDocument(p)));
            }
        }
        return List.copyOf(funna.values());
    }

    private Index<Object> idIndex() {
        return getIndexes().stream()
                .filter(i -> i.getKeys().size() == 1 && i.getKeys().get(0).getKey().equals(getIdField()))
                .findFirst().orElseThrow();
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

    private static boolean enkelt(Object varde) {
        return varde instanceof String || varde instanceof Number || varde instanceof ObjectId
                || varde instanceof UUID || varde instanceof Instant;
    }
}
