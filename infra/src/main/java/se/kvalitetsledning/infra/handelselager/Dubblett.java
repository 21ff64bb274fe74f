package se.kvalitetsledning.infra.handelselager;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;

/** Whether a write failed on a unique key: for an append, another commit took the aggregate's sequence first. */
final class Dubblett {

    private Dubblett() {
    }

    static boolean ar(Exception fel) {
        if (fel instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                    .anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return fel instanceof MongoWriteException skriv && skriv.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
