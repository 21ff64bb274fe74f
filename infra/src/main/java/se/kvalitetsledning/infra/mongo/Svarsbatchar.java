package se.kvalitetsledning.infra.mongo;

import java.util.List;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The documents a find found, sent in batches of at most {@link #STORSTA} bytes as MongoDB sends them. The library
 * puts every match in the first batch when the driver names no batch size (the Java driver's default), and the driver
 * refuses an answer over 48 MB: a query that matched more failed where MongoDB answers in several batches. The answer
 * is split, not the query's result: the library's own deletes, updates and counts take a query's first batch as all
 * it found.
 */
final class Svarsbatchar {

    /** MongoDB's limit of a batch: its largest document. */
    static final int STORSTA = 16 * 1024 * 1024;

    private Svarsbatchar() {
    }

    /**
     * The answer with what does not fit in its first batch left to a cursor of the registry, when it has all the
     * documents in it (no cursor).
     */
    static Document iBatchar(Document svar, CursorRegistry markorer) {
        if (svar.get("cursor") instanceof Document markoren && Long.valueOf(0).equals(markoren.get("id"))
                && markoren.get("firstBatch") instanceof List<?> batch && batch.size() > 1) {
            @SuppressWarnings("unchecked")
            List<Document> dokument = (List<Document>) batch;
            int forsta = antal(dokument, 0);
            if (forsta < dokument.size()) {
                Markor resten = new Markor(markorer.generateCursorId(), dokument.subList(forsta, dokument.size()));
                markorer.add(resten);
                markoren.put("firstBatch", dokument.subList(0, forsta));
                markoren.put("id", resten.getId());
            }
        }
        return svar;
    }

    /**
     * How many of the documents, from the first, go in one batch: at most {@code hogst} (0: no such limit), no more
     * than fit in {@link #STORSTA} bytes, and always the first.
     */
    static int antal(List<Document> dokument, int hogst) {
        int grans = hogst > 0 ? Math.min(hogst, dokument.size()) : dokument.size();
        if (grans <= 1) {
            return grans;
        }
        long storlek = 0;
        for (int i = 0; i < grans; i++) {
            storlek += Dokumenttyp.storlek(dokument.get(i));
            if (storlek > STORSTA) {
                return Math.max(i, 1);
            }
        }
        return grans;
    }

    /** What is left of a query's documents, for the driver's {@code getMore}. */
    static final class Markor extends AbstractCursor {

        private List<Document> kvar;

        Markor(long id, List<Document> kvar) {
            super(id);
            this.kvar = kvar;
        }

        @Override
        public boolean isEmpty() {
            return kvar.isEmpty();
        }

        @Override
        public List<Document> takeDocuments(int hogst) {
            int antal = antal(kvar, hogst);
            List<Document> batch = kvar.subList(0, antal);
            kvar = kvar.subList(antal, kvar.size());
            return batch;
        }
    }
}
