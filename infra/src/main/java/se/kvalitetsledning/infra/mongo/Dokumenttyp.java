package se.kvalitetsledning.infra.mongo;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How a collection's documents are kept in the file: as BSON, the server's own wire format, behind a tag H2 never
 * writes. H2's default type Java-serializes them; in a rebuild of the projections that serialization at commit and
 * its reading back were a fifth of all CPU samples, and it is larger on disk. A document written by H2's default
 * type (a file from before, or one BSON cannot hold) is read as before, so an old file opens without a conversion;
 * its pages take the new form as they are written again. An older version of the application cannot read a page
 * written in this form.
 */
final class Dokumenttyp extends BasicDataType<Document> {

    /** After H2's highest tag (104 + 15, a short byte array). */
    static final byte BSON = 120;
    /** A decoded document takes about this many times its BSON size on the heap, which the page cache counts. */
    private static final int HEAP_PER_BSONBYTE = 4;
    /** What H2 counts for a Java-serialized document: twice its size. */
    private static final int HEAP_PER_SERIALISERAD_BYTE = 2;

    private final ObjectDataType h2standard = new ObjectDataType();
    /**
     * The memory H2 counts per document, a moving average over what was read and written, from H2's own start
     * value: one document's is not known. Left at its start for a file of Java-serialized documents (the events of
     * an older version), the page cache held three times its share of the heap.
     */
    private volatile int medelstorlek = 10_000;

    @Override
    public int getMemory(Document dokument) {
        return medelstorlek;
    }

    @Override
    public void write(WriteBuffer buffert, Document dokument) {
        int start = buffert.position();
        try {
            skrivBson(buffert, dokument);
        } catch (IllegalArgumentException e) {
            h2standard.write(buffert, dokument); // a value BSON has no type for, which no client can have sent
            rakna(HEAP_PER_SERIALISERAD_BYTE * (buffert.position() - start));
            return;
        }
        rakna(HEAP_PER_BSONBYTE * (buffert.position() - start));
    }

    @Override
    public Document read(ByteBuffer buffert) {
        int start = buffert.position();
        if (!arBson(buffert)) {
            Document dokument = (Document) h2standard.read(buffert);
            rakna(HEAP_PER_SERIALISERAD_BYTE * (buffert.position() - start));
            return dokument;
        }
        Document dokument = lasBson(buffert);
        rakna(HEAP_PER_BSONBYTE * (buffert.position() - start));
        return dokument;
    }

    /** Writes the tag and the document's BSON; writes nothing if BSON has no type for one of its values. */
    static void skrivBson(WriteBuffer buffert, Document dokument) {
        ByteBuf bson = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(dokument, bson);
        buffert.put(BSON).put(bson.array(), bson.arrayOffset(), bson.readableBytes());
    }

    /** Whether the next value is in the form {@link #skrivBson} writes. */
    static boolean arBson(ByteBuffer buffert) {
        return buffert.get(buffert.position()) == BSON;
    }

    /** Reads what {@link #skrivBson} wrote, and leaves the buffer after it. */
    static Document lasBson(ByteBuffer buffert) {
        buffert.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffert);
        Document dokument = BsonDecoder.decodeBson(bson);
        buffert.position(buffert.position() + bson.readerIndex());
        return dokument;
    }

    private void rakna(int minne) {
        medelstorlek = (int) ((minne + 15L * medelstorlek) / 16);
    }

    @Override
    public Document[] createStorage(int storlek) {
        return new Document[storlek];
    }
}
