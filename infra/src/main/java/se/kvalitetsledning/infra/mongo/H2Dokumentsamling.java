package se.kvalitetsledning.infra.mongo;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The library's H2 collection ({@code H2Collection}, whose map holds the documents themselves) over a map of
 * {@link Dokumenttyp}'s values: each document is stored as BSON and decoded anew when it is read
 * ({@link Bsondokument}). Its size in bytes is counted when asked ({@code collStats}), not kept up to date: the
 * library keeps it by encoding the document before and after each update, a whole document twice per write (two
 * fifths of the server's work when a projection rewrites a month's rows).
 */
class H2Dokumentsamling extends AbstractSynchronizedMongoCollection<Object> {

    /** Where the library kept the size, in files written before it was counted when asked. */
    private static final String DATASTORLEK = "dataSize";

    private final MVMap<Object, Object> data;

    H2Dokumentsamling(MongoDatabase databas, String namn, CollectionOptions alternativ, MVMap<Object, Object> data,
                      MVMap<String, Object> meta, CursorRegistry markorer) {
        super(databas, namn, alternativ, markorer);
        this.data = data;
        meta.remove(DATASTORLEK);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /** Never called: the library keeps no size when {@link #tracksDataSize} says so. */
    @Override
    protected void updateDataSize(int andring) {
        throw new UnsupportedOperationException("Storleken räknas när den efterfrågas");
    }

    @Override
    protected int getDataSize() {
        long storlek = 0;
        for (Object lagrat : data.values()) {
            storlek += Bsondokument.storlek(lagrat);
        }
        return (int) Math.min(storlek, Integer.MAX_VALUE);
    }

    @Override
    protected Object addDocumentInternal(Document dokument) {
        Object nyckel = getIdField() != null ? Utils.getSubdocumentValue(dokument, getIdField()) : UUID.randomUUID();
        Object fanns = data.putIfAbsent(Missing.ofNullable(nyckel), Bsondokument.lagrat(dokument));
        if (fanns != null) {
            throw new IllegalStateException("Dokumentet " + nyckel + " fanns redan i " + this);
        }
        return nyckel;
    }

    @Override
    public int count() {
        return data.size();
    }

    @Override
    public boolean isEmpty() {
        return data.isEmpty();
    }

    @Override
    protected Document getDocument(Object position) {
        Object lagrat = lagrat(position);
        return lagrat == null ? null : Bsondokument.dokument(lagrat);
    }

    /** The value the map keeps under {@code position} ({@link Bsondokument#lagrat}), or null. */
    Object lagrat(Object position) {
        return data.get(position);
    }

    @Override
    protected void removeDocument(Object position) {
        if (data.remove(position) == null) {
            throw new NoSuchElementException("Inget dokument med nyckeln " + position);
        }
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return data.entrySet().stream()
                .map(post -> new DocumentWithPosition<>(Bsondokument.dokument(post.getValue()), post.getKey()));
    }

    @Override
    protected QueryResult matchDocuments(Document fraga, Document ordning, int hoppa, int antal, int batch,
                                         Document falt) {
        Stream<Document> dokument = isNaturalDescending(ordning)
                ? data.entrySet().stream()
                        .sorted((a, b) -> ValueComparator.desc().compare(a.getKey(), b.getKey()))
                        .map(post -> Bsondokument.dokument(post.getValue()))
                : data.values().stream().map(Bsondokument::dokument);
        return matchDocumentsFromStream(dokument, fraga, ordning, hoppa, antal, batch, falt);
    }

    /**
     * Stores {@code ny} in place of {@code fore}, the value kept under {@code id}, and tells whether its BSON changed
     * (an unchanged one is not written again).
     */
    boolean ersatt(String id, Object fore, Document ny) {
        Object efter = Bsondokument.lagrat(ny);
        boolean andrad = !(fore instanceof Bsondokument f && efter instanceof Bsondokument e
                && Arrays.equals(f.bson(), e.bson()));
        if (andrad) {
            data.put(id, efter);
        }
        return andrad;
    }

    @Override
    protected void handleUpdate(Object position, Document fore, Document efter) {
        data.put(Missing.ofNullable(position), Bsondokument.lagrat(efter));
    }
}
