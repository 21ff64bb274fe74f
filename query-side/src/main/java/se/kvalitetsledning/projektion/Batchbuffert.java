package se.kvalitetsledning.projektion;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The documents of one read model that a projection reads and changes by id while a tracking processor hands it a
 * {@link Batch} of events: each document is read at most once per batch and written once, in one bulk write at the
 * batch's end, instead of a read and a write per event. The first read of a batch also fetches, in one query, the
 * documents whose id is one of the batch's aggregates (most read models keep one document per aggregate). Outside an
 * event's unit of work (a test calling a handler, a time travel that feeds events by hand, a query) it reads and
 * writes straight through. Documents derived from others ({@link #harledda}) are written before the version-guarded
 * ones, like {@link Batchmangder}, so that a batch lost halfway is redone by its redelivery.
 */
public final class Batchbuffert<D> {

    private final MongoTemplate mongo;
    private final Class<D> typ;
    private final Function<D, String> id;
    private final boolean versionerade;

    /** Documents whose version makes a redelivered event skip them, one per aggregate. */
    public Batchbuffert(MongoTemplate mongo, Class<D> typ, Function<D, String> id) {
        this(mongo, typ, id, true);
    }

    private Batchbuffert(MongoTemplate mongo, Class<D> typ, Function<D, String> id, boolean versionerade) {
        this.mongo = mongo;
        this.typ = typ;
        this.id = id;
        this.versionerade = versionerade;
    }

    /**
     * Documents that follow from the version-guarded ones (an index whose every change is the same when redone): not
     * one per aggregate, so nothing is fetched ahead, and written first.
     */
    public static <D> Batchbuffert<D> harledda(MongoTemplate mongo, Class<D> typ, Function<D, String> id) {
        return new Batchbuffert<>(mongo, typ, id, false);
    }

    public Optional<D> hitta(String dokumentId) {
        Dokument<D> batch = Batch.del(this, () -> new Dokument<>(this));
        if (batch == null) {
            return Optional.ofNullable(mongo.findById(dokumentId, typ));
        }
        batch.forhamta(dokumentId);
        return batch.lasta.computeIfAbsent(dokumentId, i -> Optional.ofNullable(mongo.findById(i, typ)));
    }

    public void spara(D dokument) {
        Dokument<D> batch = Batch.del(this, () -> new Dokument<>(this));
        if (batch == null) {
            mongo.save(dokument);
            return;
        }
        String dokumentId = id.apply(dokument);
        batch.lasta.put(dokumentId, Optional.of(dokument));
        batch.andrade.add(dokumentId);
    }

    /** The documents read and changed in one batch. */
    private static final class Dokument<D> implements Batch.Del {
        private final Batchbuffert<D> buffert;
        private final Map<String, Optional<D>> lasta = new HashMap<>();
        private final Set<String> andrade = new LinkedHashSet<>();
        private boolean forhamtat;

        private Dokument(Batchbuffert<D> buffert) {
            this.buffert = buffert;
        }

        private void forhamta(String dokumentId) {
            if (forhamtat || !buffert.versionerade) {
                return;
            }
            forhamtat = true;
            Set<String> ids = new HashSet<>(Batch.aggregat());
            ids.add(dokumentId);
            ids.forEach(id -> lasta.put(id, Optional.empty()));
            for (D dokument : buffert.mongo.find(Query.query(where("_id").in(ids)), buffert.typ)) {
                lasta.put(buffert.id.apply(dokument), Optional.of(dokument));
            }
        }

        @Override
        public boolean sist() {
            return buffert.versionerade;
        }

        @Override
        public void skriv() {
            if (andrade.isEmpty()) {
                return;
            }
            var skrivning = buffert.mongo.bulkOps(BulkMode.ORDERED, buffert.typ);
            for (String dokumentId : andrade) {
                skrivning.replaceOne(Query.query(where("_id").is(dokumentId)), lasta.get(dokumentId).orElseThrow(),
                        FindAndReplaceOptions.options().upsert());
            }
            skrivning.execute();
            andrade.clear();
        }
    }
}
