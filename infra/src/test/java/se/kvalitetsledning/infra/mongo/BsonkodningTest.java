package se.kvalitetsledning.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

/** Our codec writes the bytes the library's writes and reads them as the library reads them. */
class BsonkodningTest {

    @Test
    void sammaByteOchSammaDokumentSomBibliotekets() {
        var rader = new ArrayList<String>();
        for (int i = 0; i < 1_500; i++) {
            rader.add("2026-03-" + (i % 28 + 1) + "|" + UUID.randomUUID() + "|REGISTRERAD|fall|GUL");
        }
        Document dokument = new Document("_id", "*|2026-03").append("rader", rader)
                .append("mangd", new LinkedHashSet<>(List.of("a", "b", "c")))
                .append("nastlat", List.of(List.of(1, 2L), List.of(), new Document("x", List.of(2.5, true))))
                .append("inre", new Document("tid", Instant.parse("2026-03-01T10:00:00.123Z")).append("tom", null))
                .append("uuid", UUID.randomUUID()).append("id", new ObjectId())
                .append("binart", new BinData(new byte[] {1, 2, 3})).append("decimal", new Decimal128(1L, 2L))
                .append("text", "åäö € |%").append("tecken", List.of("😀", "\uD800x", ""));

        byte[] vara = bytes(ut -> Bsonkodning.skriv(dokument, ut));
        byte[] bibliotekets = bytes(ut -> BsonEncoder.encodeDocument(dokument, ut));

        assertThat(vara).isEqualTo(bibliotekets);
        Document last = Bsonkodning.las(Unpooled.wrappedBuffer(bibliotekets));
        assertThat(last).isEqualTo(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bibliotekets)));
        assertThat(last.get("mangd")).isEqualTo(List.of("a", "b", "c"));
        assertThat(List.copyOf(last.keySet())).isEqualTo(List.copyOf(dokument.keySet()));
    }

    @Test
    void enLangdSomInteStammerMedInnehalletGerFel() {
        byte[] bson = bytes(ut -> Bsonkodning.skriv(new Document("a", List.of("b")).append("c", 1), ut));
        bson[0] += 1;

        assertThatThrownBy(() -> Bsonkodning.las(Unpooled.wrappedBuffer(bson)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("längden");
    }

    private static byte[] bytes(Consumer<ByteBuf> skrivning) {
        ByteBuf ut = Unpooled.buffer();
        skrivning.accept(ut);
        byte[] bytes = new byte[ut.readableBytes()];
        ut.readBytes(bytes);
        return bytes;
    }
}
