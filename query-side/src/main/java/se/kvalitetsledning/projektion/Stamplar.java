package se.kvalitetsledning.projektion;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Marks that tell readers which parts of a read model (a month, say) have changed, on any node: a projection marks a
 * part when it changes it, and once per {@link Batch} each marked part gets a new random mark, written after the
 * documents it marks ({@link Batch.Fas#STAMPLAR}). A reader keeps what it computed from a part with the mark it read
 * before it read the part ({@link Stampelcache}): a change written meanwhile comes with a newer mark, so what was kept
 * is computed again. A part never marked since the read model was emptied has no mark. Outside an event's unit of
 * work a mark is written at once, so it must be set after the change it marks.
 */
public final class Stamplar {

    private static final String STAMPEL = "stampel";

    private final MongoTemplate mongo;
    private final String samling;

    public Stamplar(MongoTemplate mongo, String samling) {
        this.mongo = mongo;
        this.samling = samling;
    }

    /** Marks {@code del} as changed. */
    public void stampla(String del) {
        Markta batch = Batch.del(this, Markta::new);
        if (batch == null) {
            skriv(Set.of(del));
            return;
        }
        batch.delar.add(del);
    }

    /** The parts' marks, without the parts that have none. */
    public Map<String, String> las(Collection<String> delar) {
        Map<String, String> stamplar = new HashMap<>();
        for (Document d : samling().find(in("_id", delar))) {
            stamplar.put(d.getString("_id"), d.getString(STAMPEL));
        }
        return stamplar;
    }

    public void rensa() {
        Tomning.tom(mongo, samling);
    }

    private void skriv(Set<String> delar) {
        String stampel = UUID.randomUUID().toString();
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        List<WriteModel<Document>> skrivningar = new ArrayList<>(delar.size());
        for (String del : delar) {
            skrivningar.add(new ReplaceOneModel<>(eq("_id", del), new Document("_id", del).append(STAMPEL, stampel),
                    upsert));
        }
        samling().bulkWrite(skrivningar, new BulkWriteOptions().ordered(false));
    }

    private MongoCollection<Document> samling() {
        return mongo.getCollection(samling);
    }

    /** The parts marked in one batch. */
    private final class Markta implements Batch.Del {
        private final Set<String> delar = new LinkedHashSet<>();

        @Override
        public Batch.Fas fas() {
            return Batch.Fas.STAMPLAR;
        }

        @Override
        public void skriv() {
            if (!delar.isEmpty()) {
                Stamplar.this.skriv(delar);
                delar.clear();
            }
        }
    }
}
