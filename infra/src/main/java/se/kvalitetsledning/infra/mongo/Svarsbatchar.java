package se.kvalitetsledning.infra.mongo;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

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
        if (fleraRyms(dokument.subList(0, grans))) {
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

    /**
     * Whether the documents fit by {@link #hogstaStorlek}: measuring a batch by encoding it was 4.3 % of the CPU
     * samples of a rebuild of the projections, as much as encoding the answer itself.
     */
    private static boolean fleraRyms(List<Document> dokument) {
        long storlek = 0;
        for (Document d : dokument) {
            long hogsta = hogstaStorlek(d);
            storlek += hogsta;
            if (hogsta < 0 || storlek > STORSTA) {
                return false;
            }
        }
        return true;
    }

    /**
     * At least the size of the value's BSON, without encoding it: a char of a text or a key is at most three bytes of
     * UTF-8, a value of a fixed size at most 32 bytes; -1 for a value of another kind, whose size only encoding tells.
     */
    static long hogstaStorlek(Object varde) {
        if (varde == null || varde instanceof Number || varde instanceof Boolean || varde instanceof Date
                || varde instanceof Instant || varde instanceof ObjectId || varde instanceof UUID) {
            return 32;
        }
        if (varde instanceof String text) {
            return 5 + 3L * text.length();
        }
        long storlek = 5; // the length and the terminating zero
        if (varde instanceof Map<?, ?> falt) {
            for (Map.Entry<?, ?> f : falt.entrySet()) {
                long hogsta = hogstaStorlek(f.getValue());
                if (hogsta < 0) {
                    return -1;
                }
                storlek += 2 + 3L * f.getKey().toString().length() + hogsta; // the type and the key's zero
            }
            return storlek;
        }
        if (varde instanceof Collection<?> lista) {
            for (Object element : lista) {
                long hogsta = hogstaStorlek(element);
                if (hogsta < 0) {
                    return -1;
                }
                storlek += 12 + hogsta; // the type, an index of at most ten digits and its zero
            }
            return storlek;
        }
        return -1;
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
