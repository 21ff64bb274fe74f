package se.kvalitetsledning.projektion;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The documents of one read model that a projection reads and changes by id while a tracking processor hands it a
 * {@link Batch} of events: each document is read at most once per batch and written once, in one bulk write at the
 * batch's end, instead of a read and a write per event. The first read of a batch also fetches, in one query, the
 * documents whose id is one of the batch's aggregates (most read models keep one document per aggregate), or for
 * derived documents those the read model names ({@link #harledda(MongoTemplate, String, Form, Function, Supplier)}).
 * Outside an event's unit of work (a test calling a handler, a query) it reads and writes straight through. Documents derived from others ({@link #harledda}) are written before the version-guarded
 * ones, like {@link Batchmangder}, so that a batch lost halfway is redone by its redelivery. A read model whose
 * documents hold long lists can convert them itself ({@link Form}): Spring's mapping looks up a conversion for every
 * element of a list.
 */
public final class Batchbuffert<D> {

    /** A read model's own conversion between its documents and the driver's. */
    public interface Form<D> {
        D fran(Document dokument);

        Document till(D dokument);
    }

    private final Lagring<D> lagring;
    private final Function<D, String> id;
    private final boolean versionerade;
    /** The ids of the documents the current batch will read, fetched at its first read. */
    private final Supplier<Collection<String>> forhamtning;

    /** Documents whose version makes a redelivered event skip them, one per aggregate. */
    public Batchbuffert(MongoTemplate mongo, Class<D> typ, Function<D, String> id) {
        this(new SpringLagring<>(mongo, typ, id), id, true, Batch::aggregat);
    }

    private Batchbuffert(Lagring<D> lagring, Function<D, String> id, boolean versionerade,
                         Supplier<Collection<String>> forhamtning) {
        this.lagring = lagring;
        this.id = id;
        this.versionerade = versionerade;
        this.forhamtning = forhamtning;
    }

    /** As {@link #Batchbuffert(MongoTemplate, Class, Function)}, kept in {@code samling} in the read model's form. */
    public static <D> Batchbuffert<D> versionerade(MongoTemplate mongo, String samling, Form<D> form,
                                                   Function<D, String> id) {
        return versionerade(mongo, samling, form, id, List::of);
    }

    /**
     * As {@link #versionerade(MongoTemplate, String, Form, Function)}, for documents whose ids are made from their
     * aggregate's: {@code dokumenten} gives the ids an aggregate's document may have, fetched ahead for each of the
     * batch's aggregates.
     */
    public static <D> Batchbuffert<D> versionerade(MongoTemplate mongo, String samling, Form<D> form,
                                                   Function<D, String> id,
                                                   Function<String, Collection<String>> dokumenten) {
        return new Batchbuffert<>(new DrivarLagring<>(mongo.getCollection(samling), form, id), id, true,
                () -> Batch.aggregat().stream().flatMap(a -> dokumenten.apply(a).stream()).toList());
    }

    /**
     * Documents that follow from the version-guarded ones (an index whose every change is the same when redone): not
     * one per aggregate, so nothing is fetched ahead, and written first.
     */
    public static <D> Batchbuffert<D> harledda(MongoTemplate mongo, Class<D> typ, Function<D, String> id) {
        return new Batchbuffert<>(new SpringLagring<>(mongo, typ, id), id, false, List::of);
    }

    /** As {@link #harledda}, kept in {@code samling} in the {@link Form} the read model gives them. */
    public static <D> Batchbuffert<D> harledda(MongoTemplate mongo, String samling, Form<D> form,
                                               Function<D, String> id) {
        return harledda(mongo, samling, form, id, List::of);
    }

    /**
     * As {@link #harledda(MongoTemplate, String, Form, Function)}, and at the first read of a batch fetches in one
     * query the documents {@code forhamtning} names (asked inside the batch) instead of each at its first read.
     */
    public static <D> Batchbuffert<D> harledda(MongoTemplate mongo, String samling, Form<D> form,
                                               Function<D, String> id, Supplier<Collection<String>> forhamtning) {
        return new Batchbuffert<>(new DrivarLagring<>(mongo.getCollection(samling), form, id), id, false,
                forhamtning);
    }

    public Optional<D> hitta(String dokumentId) {
        Dokument<D> batch = Batch.del(this, () -> new Dokument<>(this));
        if (batch == null) {
            return lagring.las(dokumentId);
        }
        batch.forhamta(dokumentId);
        return batch.lasta.computeIfAbsent(dokumentId, lagring::las);
    }

    public void spara(D dokument) {
        Dokument<D> batch = Batch.del(this, () -> new Dokument<>(this));
        if (batch == null) {
            lagring.spara(dokument);
            return;
        }
        String dokumentId = id.apply(dokument);
        batch.lasta.put(dokumentId, Optional.of(dokument));
        batch.andrade.add(dokumentId);
    }

    /** How the documents are read and written. */
    private interface Lagring<D> {
        Optional<D> las(String id);

        List<D> las(Collection<String> ids);

        void spara(D dokument);

        /** Replaces each document, or inserts it where it is missing, in one ordered write. */
        void ersatt(List<D> dokument);
    }

    /** Through Spring's mapping of the document class. */
    private record SpringLagring<D>(MongoTemplate mongo, Class<D> typ, Function<D, String> id) implements Lagring<D> {

        @Override
        public Optional<D> las(String dokumentId) {
            return Optional.ofNullable(mongo.findById(dokumentId, typ));
        }

        @Override
        public List<D> las(Collection<String> ids) {
            return mongo.find(Query.query(where("_id").in(ids)), typ);
        }

        @Override
        public void spara(D dokument) {
            mongo.save(dokument);
        }

        @Override
        public void ersatt(List<D> dokument) {
            BulkOperations skrivning = mongo.bulkOps(BulkMode.ORDERED, typ);
            for (D d : dokument) {
                skrivning.replaceOne(Query.query(where("_id").is(id.apply(d))), d,
                        FindAndReplaceOptions.options().upsert());
            }
            skrivning.execute();
        }
    }

    /** Straight through the driver, in the read model's own {@link Form}. */
    private record DrivarLagring<D>(MongoCollection<Document> samling, Form<D> form, Function<D, String> id)
            implements Lagring<D> {

        @Override
        public Optional<D> las(String dokumentId) {
            return Optional.ofNullable(samling.find(eq("_id", dokumentId)).first()).map(form::fran);
        }

        @Override
        public List<D> las(Collection<String> ids) {
            return samling.find(in("_id", ids)).map(form::fran).into(new ArrayList<>());
        }

        @Override
        public void spara(D dokument) {
            ersatt(List.of(dokument));
        }

        @Override
        public void ersatt(List<D> dokument) {
            List<WriteModel<Document>> skrivningar = new ArrayList<>(dokument.size());
            ReplaceOptions upsert = new ReplaceOptions().upsert(true);
            for (D d : dokument) {
                skrivningar.add(new ReplaceOneModel<>(eq("_id", id.apply(d)), form.till(d), upsert));
            }
            samling.bulkWrite(skrivningar, new BulkWriteOptions().ordered(true));
        }
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
            if (forhamtat) {
                return;
            }
            forhamtat = true;
            Set<String> ids = new HashSet<>(buffert.forhamtning.get());
            if (ids.isEmpty()) {
                return;
            }
            ids.add(dokumentId);
            ids.removeAll(lasta.keySet()); // one written before the first read is newer than the database's
            ids.forEach(id -> lasta.put(id, Optional.empty()));
            for (D dokument : buffert.lagring.las(ids)) {
                lasta.put(buffert.id.apply(dokument), Optional.of(dokument));
            }
        }

        @Override
        public Batch.Fas fas() {
            return buffert.versionerade ? Batch.Fas.VERSIONERADE : Batch.Fas.HARLEDDA;
        }

        @Override
        public void skriv() {
            if (andrade.isEmpty()) {
                return;
            }
            buffert.lagring.ersatt(andrade.stream().map(d -> lasta.get(d).orElseThrow()).toList());
            andrade.clear();
        }
    }
}
