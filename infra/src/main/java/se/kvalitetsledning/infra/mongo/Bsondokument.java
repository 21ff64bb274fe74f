package se.kvalitetsledning.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;

/**
 * A document as it was read from the file: its BSON, decoded only when it is asked for. H2 reads a whole page of a
 * collection at once; decoded there, every read of one document decoded all its neighbours too, and a page written
 * again encoded them all again (see {@link Dokumenttyp}). Each read decodes a new {@link Document}, so what a caller
 * changes in it never reaches the stored form.
 */
final class Bsondokument {

    private final byte[] bson;

    Bsondokument(byte[] bson) {
        this.bson = bson;
    }

    /** A collection's stored value as a document: a document just written is kept as it is until it is read back. */
    static Document dokument(Object lagrat) {
        return lagrat instanceof Bsondokument b ? b.dokument() : (Document) lagrat;
    }

    Document dokument() {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    byte[] bson() {
        return bson;
    }
}
