package se.kvalitetsledning.infra.mongo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded server's unique indexes (H2 maps from a key to a document's position). H2 orders a key
 * it cannot compare (mongo-java-server's {@link KeyValue} is not {@link Comparable}) by the bytes of its Java
 * serialization, and serialized both keys for every comparison of a lookup: a quarter of the server's CPU in the
 * write benchmark. This gives exactly the same order for the keys the application uses (strings, doubles, longs and
 * integers) without serializing them, so the files written before it stay valid; any other key is left to H2.
 * A key of such values is also written as BSON ({@link Dokumenttyp}'s tag, then its values as a document's fields
 * {@code 0, 1, …}) instead of H2's Java serialization, which was a quarter of a commit in a rebuild of the
 * projections; the order is the comparison's, not the bytes', so keys written either way stay in one order.
 */
final class Indexnyckelordning extends ObjectDataType {

    /**
     * What H2's page cache counts for a key: about what H2 itself settled at for the keys it Java-serialized (twice
     * their serialized size), so the cache holds as much as before on the same heap. Its own estimate follows the
     * sizes it writes and reads, and would stay at its start, 10 kB, for keys written here.
     */
    @Override
    public int getMemory(Object nyckel) {
        return nyckel instanceof KeyValue varden ? 200 + 100 * varden.size() : super.getMemory(nyckel);
    }

    @Override
    public void write(WriteBuffer buffert, Object nyckel) {
        if (!(nyckel instanceof KeyValue varden) || !varden.stream().allMatch(Indexnyckelordning::bsonbar)) {
            super.write(buffert, nyckel);
            return;
        }
        Document falt = new Document();
        for (int i = 0; i < varden.size(); i++) {
            falt.put(Integer.toString(i), varden.get(i));
        }
        Dokumenttyp.skrivBson(buffert, falt);
    }

    @Override
    public Object read(ByteBuffer buffert) {
        if (!Dokumenttyp.arBson(buffert)) {
            return super.read(buffert);
        }
        Document falt = Dokumenttyp.lasBson(buffert);
        List<Object> varden = new ArrayList<>(falt.size());
        for (int i = 0; i < falt.size(); i++) {
            varden.add(falt.get(Integer.toString(i)));
        }
        return new KeyValue(varden);
    }

    /** The values BSON gives back as the same class, which the comparison depends on. */
    private static boolean bsonbar(Object varde) {
        return varde == null || varde instanceof String || varde instanceof Integer || varde instanceof Long
                || varde instanceof Double || varde instanceof Boolean || varde instanceof ObjectId
                || varde instanceof UUID || varde instanceof Instant || varde instanceof Decimal128;
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y && x.size() == y.size()) {
            Integer ordning = jamfor(x, y);
            if (ordning != null) {
                return ordning;
            }
        }
        return super.compare(a, b);
    }

    /**
     * Keys of as many values, of the same class place by place, serialize alike up to the first value that differs
     * (a class written before is referred back to the same way in both), so that value decides.
     */
    private static Integer jamfor(KeyValue x, KeyValue y) {
        for (int i = 0; i < x.size(); i++) {
            Object p = x.get(i);
            Object q = y.get(i);
            if (p == null || q == null || p.getClass() != q.getClass()) {
                return null;
            }
            Integer ordning = jamfor(p, q);
            if (ordning == null || ordning != 0) {
                return ordning;
            }
        }
        return 0;
    }

    /** The sign of comparing the two values' serialized bytes, or null for a type without a shortcut. */
    static Integer jamfor(Object p, Object q) {
        if (p instanceof String s) {
            return jamforStrangar(s, (String) q);
        }
        // a boxed number is serialized as its class and then the value's bytes, big-endian and compared unsigned
        if (p instanceof Double d) {
            long x = Double.doubleToLongBits(d);
            return Integer.signum(Long.compareUnsigned(x, Double.doubleToLongBits((Double) q)));
        }
        if (p instanceof Long l) {
            return Integer.signum(Long.compareUnsigned(l, (Long) q));
        }
        if (p instanceof Integer i) {
            return Integer.signum(Integer.compareUnsigned(i, (Integer) q));
        }
        return null;
    }

    /**
     * A string is serialized as the length of its modified UTF-8 form and then that form, so the shorter form comes
     * first (a form of 64 KiB or more has a longer length field and a larger tag, which sorts the same way).
     */
    private static int jamforStrangar(String a, String b) {
        if (ascii(a) && ascii(b)) {
            int langd = Integer.compare(a.length(), b.length());
            return langd != 0 ? langd : Integer.signum(a.compareTo(b));
        }
        byte[] x = modifieradUtf8(a);
        byte[] y = modifieradUtf8(b);
        int langd = Integer.compare(x.length, y.length);
        return langd != 0 ? langd : compareNotNull(x, y);
    }

    /** Characters 1–127 only: each is one byte, equal to the character, in modified UTF-8. */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || c > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static byte[] modifieradUtf8(String s) {
        byte[] ut = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 1 && c <= 0x7F) {
                ut[n++] = (byte) c;
            } else if (c <= 0x7FF) {
                ut[n++] = (byte) (0xC0 | c >> 6);
                ut[n++] = (byte) (0x80 | c & 0x3F);
            } else {
                ut[n++] = (byte) (0xE0 | c >> 12);
                ut[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                ut[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return Arrays.copyOf(ut, n);
    }
}
