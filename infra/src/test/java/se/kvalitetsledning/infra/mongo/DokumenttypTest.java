package se.kvalitetsledning.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** Every value a client can send is read back as it was written, and documents of H2's own form are still read. */
class DokumenttypTest {

    private final Dokumenttyp typ = new Dokumenttyp();

    @Test
    void ettDokumentMedVarjeSlagsVardeLasesTillbakaLika() {
        Document inre = new Document("namn", "Ekens gruppbostad").append("nivå", 2);
        Document dokument = new Document("_id", "AVVIKELSE:" + UUID.randomUUID())
                .append("text", "Brukaren föll – åäö €").append("tom", "")
                .append("heltal", 42).append("stort", 1L << 40).append("flyttal", 2.5).append("negativt", -0.0)
                .append("decimal", new Decimal128(5L, 6L)).append("sant", true).append("falskt", false)
                .append("saknas", null).append("tid", Instant.parse("2026-11-27T21:00:00.123Z"))
                .append("id", new ObjectId()).append("uuid", UUID.randomUUID())
                .append("binart", new BinData(new byte[] {0, 1, 2, (byte) 255}))
                .append("tidsstampel", new BsonTimestamp(7L)).append("max", MaxKey.getInstance())
                .append("min", MinKey.getInstance()).append("inre", inre)
                .append("lista", List.of(1, "två", List.of(3L), new Document("fyra", 4.0)))
                .append("tomLista", List.of()).append("tomtDokument", new Document());

        ByteBuffer skrivet = skriv(dokument);
        assertThat(skrivet.get(0)).as("skrivet som BSON").isEqualTo((byte) 120);
        assertThat(skrivet.remaining()).isLessThan(ObjectDataType.serialize(dokument).length);
        Document tillbaka = las(skrivet);

        assertThat(tillbaka).isEqualTo(dokument);
        assertThat(List.copyOf(tillbaka.keySet())).isEqualTo(List.copyOf(dokument.keySet()));
        assertThat(tillbaka.get("heltal")).isInstanceOf(Integer.class);
        assertThat(tillbaka.get("stort")).isInstanceOf(Long.class);
    }

    @Test
    void ettDokumentSomH2sEgenTypSkrevLasesOchEttSomBsonInteRymmerSkrivsSomForut() {
        Document gammalt = new Document("_id", 7L).append("text", "från en äldre fil");
        WriteBuffer h2 = new WriteBuffer();
        new ObjectDataType().write(h2, gammalt);
        assertThat(typ.read(h2.getBuffer().flip())).isEqualTo(gammalt);

        Document utanBsonTyp = new Document("_id", 8L).append("datum", LocalDate.of(2026, 11, 27));
        ByteBuffer skrivet = skriv(utanBsonTyp);
        assertThat(skrivet.get(0)).as("skrivet som H2 skriver").isNotEqualTo((byte) 120);
        assertThat(las(skrivet)).isEqualTo(utanBsonTyp);
    }

    /** A page holds many documents one after another: each read stops where its document ends. */
    @Test
    void flerDokumentIRadLasesVartOchEttTillSittSlut() {
        List<Document> dokument = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            dokument.add(new Document("_id", i).append("rader", List.of("r".repeat(i), "x")));
        }
        dokument.add(3, new Document("_id", "gammal").append("datum", LocalDate.of(2020, 1, 1)));
        WriteBuffer buffert = new WriteBuffer();
        typ.write(buffert, dokument.toArray(), dokument.size());
        ByteBuffer las = buffert.getBuffer().flip();
        Object[] lasta = typ.createStorage(dokument.size());
        typ.read(las, lasta, lasta.length);
        assertThat(Stream.of(lasta).map(Bsondokument::dokument)).containsExactlyElementsOf(dokument);
        assertThat(las.hasRemaining()).isFalse();
    }

    /**
     * A document read from the file stays BSON until it is asked for, is counted as if decoded, and is written
     * again byte for byte; each read of it is a new document, so a change to one never reaches the stored form.
     */
    @Test
    void ettLastDokumentAvkodasForstNarDetEfterfragasOchSkrivsIgenSomDetVar() {
        Document dokument = new Document("_id", "LISTA:*|2026-11").append("rader", List.of("a", "b", "c"));
        ByteBuffer skrivet = skriv(dokument);
        byte[] forst = new byte[skrivet.remaining()];
        skrivet.duplicate().get(forst);

        Object last = typ.read(skrivet);
        assertThat(last).isInstanceOf(Bsondokument.class);
        assertThat(typ.getMemory(last)).isEqualTo(Dokumenttyp.HEAP_PER_BSONBYTE * (forst.length - 1));
        Document avkodat = Bsondokument.dokument(last);
        assertThat(avkodat).isEqualTo(dokument);
        avkodat.put("rader", List.of());
        assertThat(Bsondokument.dokument(last)).isEqualTo(dokument);

        ByteBuffer igen = skriv(last);
        byte[] andra = new byte[igen.remaining()];
        igen.get(andra);
        assertThat(andra).isEqualTo(forst);
    }

    private ByteBuffer skriv(Object dokument) {
        WriteBuffer buffert = new WriteBuffer();
        typ.write(buffert, dokument);
        return buffert.getBuffer().flip();
    }

    private Document las(ByteBuffer skrivet) {
        Document tillbaka = Bsondokument.dokument(typ.read(skrivet));
        assertThat(skrivet.hasRemaining()).isFalse();
        return tillbaka;
    }
}
