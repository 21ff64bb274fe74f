package se.kvalitetsledning.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.buffer.Unpooled;

/**
 * A document as a collection's map keeps it: its BSON, decoded into a new {@link Document} each time it is asked for.
 * The library changes a document it has read in place before it stores it again; had the map kept that object, the
 * change would reach the state a commit under way is writing (H2 serializes the read models' pages outside the
 * operations' lock; an update mid-serialization failed the commit with a ConcurrentModificationException) and every
 * older version that shares it. Kept as bytes, it cannot change. H2 also reads a whole page at once; decoded there,
 * every read of one document decoded its neighbours too.
 */
final class Bsondokument {

    private final byte[] bson;

    Bsondokument(byte[] bson) {
        this.bson = bson;
    }

    /**
     * What the map keeps for a document being stored: its BSON, or a copy of it when BSON has no type for one of its
     * values (which no client can send).
     */
    static Object lagrat(Document dokument) {
        try {
            return new Bsondokument(Dokumenttyp.bson(dokument));
        } catch (IllegalArgumentException e) {
            return dokument.cloneDeeply();
        }
    }

    /** A stored value as a document of its own: one of H2's older form read from the file is copied as well. */
    static Document dokument(Object lagrat) {
        return lagrat instanceof Bsondokument b ? b.dokument() : ((Document) lagrat).cloneDeeply();
    }

    /** The size in bytes of a stored value's BSON. */
    static int storlek(Object lagrat) {
        return lagrat instanceof Bsondokument b ? b.bson.length : Dokumenttyp.bson((Document) lagrat).length;
    }

    Document dokument() {
        return Bsonkodning.las(Unpooled.wrappedBuffer(bson));
    }

    byte[] bson() {
        return bson;
    }
}
