package se.kvalitetsledning.projektion;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Sets of ids kept in one array field of a read model's documents ({@code $addToSet} in, {@code $pull} out, both
 * harmless when repeated), changed by a projection per event but written once per document and {@link Batch}: only
 * each id's last change in the batch counts. Outside an event's unit of work each change is written at once.
 */
public final class Batchmangder {

    private final MongoTemplate mongo;
    private final Class<?> typ;
    private final String samling;
    private final String falt;

    public Batchmangder(MongoTemplate mongo, Class<?> typ, String falt) {
        this(mongo, typ, mongo.getCollectionName(typ), falt);
    }

    /** Documents of {@code typ} kept in {@code samling}, for a type several read models store their own way. */
    public Batchmangder(MongoTemplate mongo, Class<?> typ, String samling, String falt) {
        this.mongo = mongo;
        this.typ = typ;
        this.samling = samling;
        this.falt = falt;
    }

    /** Puts {@code element} in the document's set, creating the document with {@code nytt}'s fields if missing. */
    public void lagg(String dokumentId, Map<String, Object> nytt, String element) {
        Andringar batch = Batch.del(this, Andringar::new);
        if (batch == null) {
            mongo.upsert(medId(dokumentId), in(nytt, List.of(element)), typ, samling);
            return;
        }
        batch.nytt.putIfAbsent(dokumentId, nytt);
        Map<String, Boolean> andringar = batch.element.computeIfAbsent(dokumentId, d -> new LinkedHashMap<>());
        andringar.remove(element); // last in, so it lands last in the array, as one change at a time would put it
        andringar.put(element, true);
    }

    /** Takes {@code element} out of the document's set, if the document exists. */
    public void ta(String dokumentId, String element) {
        Andringar batch = Batch.del(this, Andringar::new);
        if (batch == null) {
            mongo.updateFirst(medId(dokumentId), new Update().pullAll(falt, new Object[] {element}), typ, samling);
            return;
        }
        batch.element.computeIfAbsent(dokumentId, d -> new LinkedHashMap<>()).put(element, false);
    }

    private Update in(Map<String, Object> nytt, List<String> element) {
        Update update = new Update();
        nytt.forEach(update::set);
        // with no ids (all went out again) it still makes the set, empty, as one change at a time would have
        return update.addToSet(falt).each(element.toArray());
    }

    private static Query medId(String dokumentId) {
        return Query.query(where("_id").is(dokumentId));
    }

    /** Each document's ids put in (true) or taken out (false) in the batch, the last change per id. */
    private final class Andringar implements Batch.Del {
        private final Map<String, Map<String, Object>> nytt = new LinkedHashMap<>();
        private final Map<String, Map<String, Boolean>> element = new LinkedHashMap<>();

        @Override
        public void skriv() {
            if (element.isEmpty()) {
                return;
            }
            var skrivning = mongo.bulkOps(BulkMode.ORDERED, typ, samling);
            element.forEach((dokumentId, andringar) -> {
                List<String> ut = new ArrayList<>();
                List<String> in = new ArrayList<>();
                andringar.forEach((e, lagd) -> (lagd ? in : ut).add(e));
                if (!ut.isEmpty()) {
                    skrivning.updateOne(medId(dokumentId), new Update().pullAll(falt, ut.toArray()));
                }
                if (nytt.containsKey(dokumentId)) {
                    skrivning.upsert(medId(dokumentId), Batchmangder.this.in(nytt.get(dokumentId), in));
                }
            });
            skrivning.execute();
            nytt.clear();
            element.clear();
        }
    }
}
