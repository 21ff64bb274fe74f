package se.kvalitetsledning.infra.mongo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;

/**
 * The stored documents' BSON, the same bytes as the library's codec, without its detour for arrays: it writes an
 * array by first building a document keyed "0", "1", … of it, and reads one into such a document before it makes
 * the list, and the read models' arrays hold thousands of ids. Texts are written straight into the buffer, not
 * through an array of their bytes. Other values are written and read by the library.
 */
final class Bsonkodning {

    private Bsonkodning() {
    }

    static void skriv(Map<String, ?> dokument, ByteBuf ut) {
        int borjan = ut.writerIndex();
        ut.writeIntLE(0); // the length, written when known
        dokument.forEach((nyckel, varde) -> skriv(nyckel, varde, ut));
        avsluta(borjan, ut);
    }

    static Document las(ByteBuf in) {
        int slut = in.readerIndex() + in.readIntLE();
        Document dokument = new Document();
        for (byte typ = in.readByte(); typ != BsonConstants.TERMINATING_BYTE; typ = in.readByte()) {
            String nyckel = BsonDecoder.decodeCString(in);
            if (dokument.put(nyckel, lasVarde(typ, in)) != null) {
                throw new IllegalArgumentException("Fältet " + nyckel + " finns två gånger i dokumentet");
            }
        }
        kontrolleraSlut(slut, in);
        return dokument;
    }

    private static void skriv(String nyckel, Object varde, ByteBuf ut) {
        byte typ = BsonEncoder.determineType(varde);
        ut.writeByte(typ);
        ut.writeCharSequence(nyckel, StandardCharsets.UTF_8);
        ut.writeByte(BsonConstants.STRING_TERMINATION);
        skrivVarde(typ, varde, ut);
    }

    private static void skrivLista(Collection<?> lista, ByteBuf ut) {
        int borjan = ut.writerIndex();
        ut.writeIntLE(0);
        int index = 0;
        for (Object varde : lista) {
            byte typ = BsonEncoder.determineType(varde);
            ut.writeByte(typ);
            skrivIndex(index++, ut); // the element's key
            ut.writeByte(BsonConstants.STRING_TERMINATION);
            skrivVarde(typ, varde, ut);
        }
        avsluta(borjan, ut);
    }

    private static void skrivVarde(byte typ, Object varde, ByteBuf ut) {
        if (typ == BsonConstants.TYPE_EMBEDDED_DOCUMENT) {
            @SuppressWarnings("unchecked")
            Map<String, ?> inbaddat = (Map<String, ?>) varde;
            skriv(inbaddat, ut);
        } else if (typ == BsonConstants.TYPE_ARRAY) {
            skrivLista((Collection<?>) varde, ut);
        } else if (typ == BsonConstants.TYPE_UTF8_STRING) {
            skrivText(varde.toString(), ut);
        } else {
            BsonEncoder.encodeValue(typ, varde, ut);
        }
    }

    /** A text as the library writes it, without first copying it into an array of bytes of its own. */
    private static void skrivText(String text, ByteBuf ut) {
        int borjan = ut.writerIndex();
        ut.writeIntLE(0); // the length in bytes with the terminating zero, written when known
        int langd = ut.writeCharSequence(text, StandardCharsets.UTF_8);
        ut.writeByte(BsonConstants.STRING_TERMINATION);
        ut.setIntLE(borjan, langd + 1);
    }

    /** An array element's index as its key, in decimal digits, without a string for it. */
    private static void skrivIndex(int index, ByteBuf ut) {
        if (index >= 10) {
            skrivIndex(index / 10, ut);
        }
        ut.writeByte('0' + index % 10);
    }

    private static Object lasVarde(byte typ, ByteBuf in) {
        if (typ == BsonConstants.TYPE_EMBEDDED_DOCUMENT) {
            return las(in);
        }
        return typ == BsonConstants.TYPE_ARRAY ? lasLista(in) : BsonDecoder.decodeValue(typ, in);
    }

    private static List<Object> lasLista(ByteBuf in) {
        int slut = in.readerIndex() + in.readIntLE();
        List<Object> lista = new ArrayList<>();
        for (byte typ = in.readByte(); typ != BsonConstants.TERMINATING_BYTE; typ = in.readByte()) {
            in.skipBytes(in.bytesBefore(BsonConstants.STRING_TERMINATION) + 1); // the key, the element's index
            lista.add(lasVarde(typ, in));
        }
        kontrolleraSlut(slut, in);
        return lista;
    }

    private static void avsluta(int borjan, ByteBuf ut) {
        ut.writeByte(BsonConstants.TERMINATING_BYTE);
        ut.setIntLE(borjan, ut.writerIndex() - borjan);
    }

    private static void kontrolleraSlut(int slut, ByteBuf in) {
        if (in.readerIndex() != slut) {
            throw new IllegalArgumentException("Ogiltig BSON: längden " + slut + " stämmer inte med innehållet");
        }
    }
}
