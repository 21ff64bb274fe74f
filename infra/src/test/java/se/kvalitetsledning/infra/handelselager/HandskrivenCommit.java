package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;

/**
 * A commit written by hand, document by document, as the engine writes one: its numbers reserved first, then its
 * events inserted. Lets a test leave a commit in progress, delayed, or cut short by a crash.
 */
final class HandskrivenCommit {

    private final MongoCollection<Document> handelser;
    private final List<Document> dokument;
    private final long forsta;

    private HandskrivenCommit(MongoDatabase databas, List<? extends EventMessage<?>> handelser) {
        this.handelser = databas.getCollection(MongoHandelselager.HANDELSER);
        this.forsta = taNummer(databas, handelser.size());
        this.dokument = new ArrayList<>();
        for (int i = 0; i < handelser.size(); i++) {
            dokument.add(Handelsdokument.av(handelser.get(i), forsta + i, forsta, handelser.size(),
                    Provhandelser.SERIALIZER));
        }
    }

    /** Reserves the commit's global numbers, as the engine does before it writes. */
    static HandskrivenCommit reservera(MongoDatabase databas, List<? extends EventMessage<?>> handelser) {
        return new HandskrivenCommit(databas, handelser);
    }

    /**
     * Takes {@code antal} numbers from the engine's counter document, as a writer in another process would, and
     * returns the first. It asks for the value before the increment: the embedded server answers that one
     * consistently, while the value after may already include another caller's increment.
     */
    static long taNummer(MongoDatabase databas, int antal) {
        Document fore = databas.getCollection(MongoHandelselager.RAKNARE).findOneAndUpdate(eq("_id", "global"),
                Updates.inc("varde", (long) antal),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return fore == null ? 1 : fore.getLong("varde") + 1;
    }

    HandskrivenCommit skriv(int... index) {
        for (int i : index) {
            handelser.insertOne(dokument.get(i));
        }
        return this;
    }

    HandskrivenCommit skrivResten() {
        List<Long> skrivna = new ArrayList<>();
        handelser.find(in(Handelsdokument.ID, nummer())).forEach(d -> skrivna.add(Handelsdokument.global(d)));
        skriv(IntStream.range(0, dokument.size()).filter(i -> !skrivna.contains(forsta + i)).toArray());
        return this;
    }

    List<Long> nummer() {
        return LongStream.range(forsta, forsta + dokument.size()).boxed().toList();
    }

    long antalKvar() {
        return handelser.countDocuments(in(Handelsdokument.ID, nummer()));
    }
}
