package se.kvalitetsledning.projektion;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The documents of one read model that a projection reads and changes by id while a tracking processor hands it a
 * batch of events: each document is read at most once per batch and written once, in one bulk write after the
 * batch's last event, instead of a read and a write per event. The write happens inside the batch ({@link #skriv},
 * called by a handler interceptor), so before the processor stores its token: a failed write rolls the batch back
 * and it is redone. Outside an event's unit of work (a test calling a handler, a time travel that feeds events by
 * hand, a query) it reads and writes straight through.
 */
public final class Batchbuffert<D> {

    private static final String BATCHAR = Batchbuffert.class.getName();

    private final MongoTemplate mongo;
    private final Class<D> typ;
    private final Function<D, String> id;

    public Batchbuffert(MongoTemplate mongo, Class<D> typ, Function<D, String> id) {
        this.mongo = mongo;
        this.typ = typ;
        this.id = id;
    }

    public Optional<D> hitta(String dokumentId) {
        Batch<D> batch = batch();
        if (batch == null) {
            return Optional.ofNullable(mongo.findById(dokumentId, typ));
        }
        return batch.lasta.computeIfAbsent(dokumentId, i -> Optional.ofNullable(mongo.findById(i, typ)));
    }

    public void spara(D dokument) {
        Batch<D> batch = batch();
        if (batch == null) {
            mongo.save(dokument);
            return;
        }
        String dokumentId = id.apply(dokument);
        batch.lasta.put(dokumentId, Optional.of(dokument));
        batch.andrade.add(dokumentId);
    }

    /**
     * Writes what the batch's projections changed; called after each event a processor handles, it writes only
     * after the last one of a batch. What is not written here (no interceptor) is written when the unit of work
     * prepares its commit.
     */
    public static void skriv(UnitOfWork<?> arbete) {
        if (arbete instanceof BatchingUnitOfWork<?> batch && !batch.isLastMessage()) {
            return;
        }
        List<Batch<?>> batchar = arbete.root().getResource(BATCHAR);
        if (batchar != null) {
            batchar.forEach(Batch::skriv);
        }
    }

    private Batch<D> batch() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?>)) {
            return null;
        }
        UnitOfWork<?> arbete = CurrentUnitOfWork.get().root();
        List<Batch<?>> batchar = arbete.getOrComputeResource(BATCHAR, r -> {
            List<Batch<?>> nya = new ArrayList<>();
            arbete.onPrepareCommit(u -> nya.forEach(Batch::skriv));
            return nya;
        });
        for (Batch<?> batch : batchar) {
            if (batch.agare == this) {
                @SuppressWarnings("unchecked")
                Batch<D> min = (Batch<D>) batch;
                return min;
            }
        }
        Batch<D> ny = new Batch<>(this);
        batchar.add(ny);
        return ny;
    }

    private static final class Batch<D> {
        private final Batchbuffert<D> agare;
        private final Map<String, Optional<D>> lasta = new HashMap<>();
        private final Set<String> andrade = new LinkedHashSet<>();

        private Batch(Batchbuffert<D> agare) {
            this.agare = agare;
        }

        private void skriv() {
            if (andrade.isEmpty()) {
                return;
            }
            var skrivning = agare.mongo.bulkOps(BulkMode.ORDERED, agare.typ);
            for (String dokumentId : andrade) {
                skrivning.replaceOne(Query.query(where("_id").is(dokumentId)), lasta.get(dokumentId).orElseThrow(),
                        FindAndReplaceOptions.options().upsert());
            }
            skrivning.execute();
            andrade.clear();
        }
    }
}
