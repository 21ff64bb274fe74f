package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out global sequence numbers: one atomic {@code $inc} reserves a consecutive range for a whole commit, so
 * numbers are unique across threads and nodes. A number reserved by a commit that never completes stays a gap.
 */
final class Globalraknare {

    private static final String NYCKEL = "global";
    private static final String VARDE = "varde";

    private final MongoCollection<Document> raknare;

    Globalraknare(MongoCollection<Document> raknare) {
        this.raknare = raknare;
    }

    /** Reserves {@code antal} numbers and returns the first; the numbers start at 1. */
    long reservera(int antal) {
        Document efter = raknare.findOneAndUpdate(eq("_id", NYCKEL), Updates.inc(VARDE, (long) antal),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return efter.getLong(VARDE) - antal + 1;
    }

    /** The highest number reserved so far, 0 when none. */
    long hogsta() {
        Document nu = raknare.find(eq("_id", NYCKEL)).first();
        return nu == null ? 0 : nu.getLong(VARDE);
    }
}
