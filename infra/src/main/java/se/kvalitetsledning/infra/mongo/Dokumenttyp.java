package se.kvalitetsledning.infra.mongo;

import java.nio.ByteBuffer;
import java.util.function.Function;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;
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
 * <p>
 * The map's values are {@link Bsondokument}s (what a collection stores, and what is read from this form), written
 * and read as their bytes; and {@link Document}s read in H2's form, or that BSON cannot hold, which nothing changes
 * (see {@link Bsondokument#dokument(Object)}).
 */
final class Dokumenttyp extends BasicDataType<Object> {

    /** After H2's highest tag (104 + 15, a short byte array). */
    static final byte BSON = 120;
    /**
     * A decoded document takes about this many times its BSON size on the heap, and a document kept as BSON is
     * counted so too. H2 splits a page by what its values count (at 16 kB): counted at its bytes, a page held four
     * times as many documents, each change rewrote four times as much, and the read models' file grew from 3.7 to
     * 10.3 GB over a few rebuilds of the projections. The page cache holds then a quarter of its size in BSON.
     */
    static final int HEAP_PER_BSONBYTE = 4;
    /** What H2 counts for a Java-serialized document: twice its size. */
    private static final int HEAP_PER_SERIALISERAD_BYTE = 2;
    /** A buffer that grew larger for a large document is let go, not kept by its thread. */
    private static final int STORSTA_BUFFERT = 1 << 20;
    /** Each thread's buffer for {@link #bson}: documents are encoded by the server's and H2's threads. */
    private static final ThreadLocal<ByteBuf> BUFFERT = ThreadLocal.withInitial(
            () -> new UnpooledHeapByteBuf(UnpooledByteBufAllocator.DEFAULT, 4096, Integer.MAX_VALUE));

    private final ObjectDataType h2standard = new ObjectDataType();
    /**
     * The memory H2 counts per {@link Document} value, a moving average over those written and read, from H2's own
     * start value: such a document's size is not known until it is written. Left at its start for a file of
     * Java-serialized documents (the events of an older version), the page cache held three times its share of the
     * heap.
     */
    private volatile int medelstorlek = 10_000;

    @Override
    public int getMemory(Object varde) {
        return varde instanceof Bsondokument b ? HEAP_PER_BSONBYTE * b.bson().length : medelstorlek;
    }

    @Override
    public void write(WriteBuffer buffert, Object varde) {
        if (varde instanceof Bsondokument b) {
            buffert.put(BSON).put(b.bson());
            return;
        }
        Document dokument = (Document) varde;
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
    public Object read(ByteBuffer buffert) {
        if (arBson(buffert)) {
            buffert.get();
            // a BSON document begins with its length, little-endian, counting those four bytes
            byte[] bson = new byte[Integer.reverseBytes(buffert.getInt(buffert.position()))];
            buffert.get(bson);
            return new Bsondokument(bson);
        }
        int start = buffert.position();
        Object dokument = h2standard.read(buffert);
        rakna(HEAP_PER_SERIALISERAD_BYTE * (buffert.position() - start));
        return dokument;
    }

    /** Writes the tag and the document's BSON; writes nothing if BSON has no type for one of its values. */
    static void skrivBson(WriteBuffer buffert, Document dokument) {
        byte[] bson = bson(dokument); // before the tag: a document BSON cannot hold leaves nothing written
        buffert.put(BSON).put(bson);
    }

    /**
     * The document's BSON; an IllegalArgumentException if BSON has no type for one of its values. It is written into
     * the thread's buffer ({@link #BUFFERT}) and copied out at its size: a buffer of its own grew from a small one a
     * doubling at a time (6 % of all that a rebuild of the projections allocated), and {@code Unpooled.buffer}'s
     * counted each growth in counters all threads share (1.2 % of the CPU samples).
     */
    static byte[] bson(Document dokument) {
        return kodad(dokument, bson -> {
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        });
    }

    /** The size of the document's BSON, encoded in the thread's buffer and not copied out. */
    static int storlek(Document dokument) {
        return kodad(dokument, ByteBuf::readableBytes);
    }

    /** What {@code svar} takes from the document encoded in the thread's buffer. */
    private static <T> T kodad(Document dokument, Function<ByteBuf, T> svar) {
        ByteBuf bson = BUFFERT.get().clear();
        try {
            Bsonkodning.skriv(dokument, bson);
            return svar.apply(bson);
        } finally {
            if (bson.capacity() > STORSTA_BUFFERT) {
                BUFFERT.remove();
            }
        }
    }

    /** Whether the next value is in the form {@link #skrivBson} writes. */
    static boolean arBson(ByteBuffer buffert) {
        return buffert.get(buffert.position()) == BSON;
    }

    /** Reads what {@link #skrivBson} wrote, and leaves the buffer after it. */
    static Document lasBson(ByteBuffer buffert) {
        buffert.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffert);
        Document dokument = Bsonkodning.las(bson);
        buffert.position(buffert.position() + bson.readerIndex());
        return dokument;
    }

    private void rakna(int minne) {
        medelstorlek = (int) ((minne + 15L * medelstorlek) / 16);
    }

    @Override
    public Object[] createStorage(int storlek) {
        return new Object[storlek];
    }
}
