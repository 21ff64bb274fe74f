package se.kvalitetsledning.infra.mongo;

import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvarsbatcharTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path katalog;

    /** The driver refuses an answer over 48 MB; the library sent all 54 MiB in one before the batches were bounded. */
    @Test
    void enFragaSomFinnerMerAnEttSvarRymmerFarAllaDokumentIFleraBatchar() {
        String text = "x".repeat(MB + MB / 2);
        List<String> ids = new ArrayList<>();
        try (InbyggdMongoServer server = InbyggdMongoServer.paFil(katalog);
             MongoClient klient = MongoClients.create(server.anslutning())) {
            MongoCollection<Document> stora = klient.getDatabase("test").getCollection("stora");
            for (int i = 0; i < 36; i++) {
                ids.add("dokument-" + (100 + i));
                stora.insertOne(new Document("_id", ids.get(i)).append("text", text));
            }

            assertThat(stora.find().map(d -> d.getString("_id")).into(new ArrayList<>())).isEqualTo(ids);
            assertThat(stora.find(in("_id", ids)).map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .isEqualTo(ids);
            assertThat(stora.find().batchSize(20).map(d -> d.getString("text").length()).into(new ArrayList<>()))
                    .hasSize(36).containsOnly(text.length());
            // the library's own updates and deletes take a query's first batch as all it found: only answers are split
            assertThat(stora.updateMany(regex("_id", "^dokument-"), Updates.set("andrad", true)).getModifiedCount())
                    .isEqualTo(36);
            assertThat(stora.deleteMany(regex("_id", "^dokument-1[0-2]")).getDeletedCount()).isEqualTo(30);
            assertThat(stora.countDocuments()).isEqualTo(6);
        }
    }

    @Test
    void enBatchHallerSigUnderGransenOchHarAlltidDetForstaDokumentet() {
        var sjuMb = medText(7 * MB);
        var litet = medText(1);
        var tjugoMb = medText(20 * MB);

        assertThat(Svarsbatchar.antal(List.of(sjuMb, sjuMb, sjuMb), 0)).isEqualTo(2);
        assertThat(Svarsbatchar.antal(List.of(sjuMb, sjuMb, sjuMb), 1)).isEqualTo(1);
        assertThat(Svarsbatchar.antal(List.of(tjugoMb, litet), 0)).isEqualTo(1);
        assertThat(Svarsbatchar.antal(List.of(litet, litet, litet), 0)).isEqualTo(3);
        assertThat(Svarsbatchar.antal(List.of(litet, litet, litet), 2)).isEqualTo(2);
        assertThat(Svarsbatchar.antal(List.of(), 0)).isZero();
    }

    @Test
    void denHogstaStorlekenArAldrigMindreAnDenKodade() {
        var inre = new de.bwaldvogel.mongo.bson.Document("å", "ö😀中").append("tal", List.of(1, 2L, 3.5, true));
        var dokument = new de.bwaldvogel.mongo.bson.Document("_id", "*|2026-03|7")
                .append("rader", List.of("a|b", "Ärende åäö", "😀😀", "\ud800", ""))
                .append("inre", inre).append("listor", List.of(List.of(), List.of(inre, "x")))
                .append("tid", Instant.parse("2026-03-01T10:00:00Z")).append("oid", new ObjectId())
                .append("uuid", UUID.randomUUID()).append("inget", null);

        for (var d : List.of(dokument, inre, medText(1), medText(1000))) {
            assertThat(Svarsbatchar.hogstaStorlek(d)).as(d.toString()).isGreaterThanOrEqualTo(Dokumenttyp.storlek(d));
        }
        assertThat(Svarsbatchar.hogstaStorlek(new de.bwaldvogel.mongo.bson.Document("bytes", new byte[] {1})))
                .as("a kind only encoding measures").isNegative();
    }

    private static de.bwaldvogel.mongo.bson.Document medText(int tecken) {
        return new de.bwaldvogel.mongo.bson.Document("text", "x".repeat(tecken));
    }
}
