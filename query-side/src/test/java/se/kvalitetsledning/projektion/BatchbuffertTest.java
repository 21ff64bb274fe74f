package se.kvalitetsledning.projektion;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

import se.kvalitetsledning.test.EmbeddedMongo;

class BatchbuffertTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    /** A counter kept in the driver's documents, as a read model's own {@link Batchbuffert.Form}. */
    private static final Batchbuffert.Form<Raknare> FORM = new Batchbuffert.Form<>() {
        @Override
        public Raknare fran(org.bson.Document dokument) {
            return new Raknare(dokument.getString("_id"), dokument.getInteger("n"));
        }

        @Override
        public org.bson.Document till(Raknare raknare) {
            return new org.bson.Document("_id", raknare.id).append("n", raknare.antal);
        }
    };

    private final AtomicInteger lasningar = new AtomicInteger();
    private final List<Class<?>> skrivningar = new ArrayList<>();
    private MongoTemplate raknande;
    private Batchbuffert<Raknare> buffert;
    private Batchbuffert<Summa> summor;

    @BeforeEach
    void nyBuffert() {
        raknande = new MongoTemplate(mongo.template().getMongoDatabaseFactory(), mongo.template().getConverter()) {
            @Override
            public <T> T findById(Object id, Class<T> typ) {
                lasningar.incrementAndGet();
                return super.findById(id, typ);
            }

            @Override
            public <T> List<T> find(Query fraga, Class<T> typ) {
                lasningar.incrementAndGet();
                return super.find(fraga, typ);
            }

            @Override
            public BulkOperations bulkOps(BulkMode lage, Class<?> typ) {
                skrivningar.add(typ);
                return super.bulkOps(lage, typ);
            }

            @Override
            public MongoCollection<org.bson.Document> getCollection(String namn) {
                return raknadeFragor(super.getCollection(namn));
            }
        };
        buffert = new Batchbuffert<>(raknande, Raknare.class, r -> r.id);
        summor = Batchbuffert.harledda(raknande, Summa.class, s -> s.id);
        mongo.template().save(new Raknare("a", 0));
    }

    @Test
    void utanforEnBatchLasesOchSkrivsVarjeGangDirekt() {
        oka("a");
        oka("a");

        assertThat(lagrat("a")).isEqualTo(2);
        assertThat(lasningar).hasValue(2);
    }

    @Test
    void enBatchLaserSinaAggregatsDokumentIEnFragaOchSkriverEfterSistaHandelsen() throws Exception {
        List<Integer> lagratUnderTiden = new ArrayList<>();
        batch(3).executeWithResult(() -> {
            oka("a");
            oka("b");
            lagratUnderTiden.add(lagrat("a"));
            Batch.skrivEfter(CurrentUnitOfWork.get());
            return null;
        });

        assertThat(lagratUnderTiden).as("nothing is written before the last event is handled").containsExactly(0, 0, 0);
        assertThat(lagrat("a")).isEqualTo(3);
        assertThat(lagrat("b")).as("a document the batch created").isEqualTo(3);
        assertThat(lasningar).as("one query for the documents of the batch's aggregates").hasValue(1);
    }

    @Test
    void dokumentVarsIdGorsAvAggregatetsLasesOcksaIEnFraga() throws Exception {
        Batchbuffert<Raknare> sammansatta = Batchbuffert.versionerade(raknande, "batchbuffert-sammansatt-test", FORM,
                r -> r.id, aggregat -> List.of("x:" + aggregat, "y:" + aggregat));
        mongo.template().getCollection("batchbuffert-sammansatt-test")
                .insertOne(new org.bson.Document("_id", "x:a").append("n", 4));

        batch(3).executeWithResult(() -> {
            for (String id : List.of("x:a", "y:b")) {
                Raknare raknare = sammansatta.hitta(id).orElseGet(() -> new Raknare(id, 0));
                raknare.antal++;
                sammansatta.spara(raknare);
            }
            return null;
        });

        assertThat(lasningar).as("one query for every document the batch's aggregates may have").hasValue(1);
        assertThat(List.of("x:a", "y:b")).map(id -> sammansatta.hitta(id).orElseThrow().antal).containsExactly(7, 3);
    }

    @Test
    void ettDokumentSomInteArEttAvBatchensAggregatLasesEnGang() throws Exception {
        batch(2).executeWithResult(() -> {
            oka("a");
            oka("annat");
            return null;
        });

        assertThat(lagrat("annat")).isEqualTo(2);
        assertThat(lasningar).hasValue(2);
    }

    @Test
    void enBatchSomRullasTillbakaSkriverIngenting() throws Exception {
        AtomicInteger handelse = new AtomicInteger();
        var resultat = batch(3).executeWithResult(() -> {
            oka("a");
            if (handelse.incrementAndGet() == 3) {
                throw new IllegalStateException("den sista händelsen misslyckas");
            }
            Batch.skrivEfter(CurrentUnitOfWork.get());
            return null;
        });

        assertThat(resultat.exceptionResult()).hasMessageContaining("den sista händelsen misslyckas");
        assertThat(lagrat("a")).isZero();
    }

    @Test
    void utanInterceptornSkrivsBatchenNarDenCommitas() throws Exception {
        batch(2).executeWithResult(() -> {
            oka("a");
            return null;
        });

        assertThat(lagrat("a")).isEqualTo(2);
    }

    @Test
    void harleddaDokumentLasesUtanForhamtningOchSkrivsForeDeVersionerade() throws Exception {
        batch(2).executeWithResult(() -> {
            oka("a");
            Summa summa = summor.hitta("summa").orElseGet(() -> new Summa("summa", 0));
            summa.antal++;
            summor.spara(summa);
            Batch.skrivEfter(CurrentUnitOfWork.get());
            return null;
        });

        assertThat(mongo.template().findById("summa", Summa.class).antal).isEqualTo(2);
        assertThat(lagrat("a")).isEqualTo(2);
        assertThat(lasningar).as("the aggregates' query and one read of the derived document").hasValue(2);
        assertThat(skrivningar).as("a redelivery must find the derived documents to redo")
                .containsExactly(Summa.class, Raknare.class);
    }

    @Test
    void enLasmodellsEgenFormLasesOchSkrivsSomDrivarensDokumentEnGangPerBatch() throws Exception {
        Batchbuffert<Raknare> egen = Batchbuffert.harledda(raknande, "batchbuffert-form-test", FORM, r -> r.id);
        var samling = mongo.template().getCollection("batchbuffert-form-test");
        samling.insertOne(new org.bson.Document("_id", "x").append("n", 5));

        batch(3).executeWithResult(() -> {
            Raknare raknare = egen.hitta("x").orElseThrow();
            raknare.antal++;
            egen.spara(raknare);
            Raknare ny = egen.hitta("y").orElseGet(() -> new Raknare("y", 0));
            ny.antal++;
            egen.spara(ny);
            return null;
        });

        assertThat(samling.find().sort(new org.bson.Document("_id", 1)).into(new ArrayList<>())).containsExactly(
                new org.bson.Document("_id", "x").append("n", 8), new org.bson.Document("_id", "y").append("n", 3));
        assertThat(lasningar).as("x and y are each read once in a batch of three events").hasValue(2);
    }

    @Test
    void harleddaDokumentSomBatchenNamnerLasesIEnFragaVidDessForstaLasning() throws Exception {
        Batchbuffert<Raknare> egen = Batchbuffert.harledda(raknande, "batchbuffert-forhamtning-test", FORM,
                r -> r.id, () -> List.of("x", "y", "z"));
        mongo.template().getCollection("batchbuffert-forhamtning-test").insertMany(List.of(
                new org.bson.Document("_id", "x").append("n", 5), new org.bson.Document("_id", "y").append("n", 7)));

        batch(1).executeWithResult(() -> {
            egen.spara(new Raknare("z", 10));
            for (String id : List.of("x", "y", "z")) {
                Raknare raknare = egen.hitta(id).orElseGet(() -> new Raknare(id, 0));
                raknare.antal++;
                egen.spara(raknare);
            }
            return null;
        });

        assertThat(List.of("x", "y", "z")).map(id -> egen.hitta(id).orElseThrow().antal)
                .as("z was written in the batch before the first read, which must not take it for missing")
                .containsExactly(6, 8, 11);
        assertThat(lasningar).as("one query in the batch, and one for each read after it").hasValue(1 + 3);
    }

    /** The collection, counting its queries in {@link #lasningar}. */
    private MongoCollection<org.bson.Document> raknadeFragor(MongoCollection<org.bson.Document> samling) {
        @SuppressWarnings("unchecked")
        var raknad = (MongoCollection<org.bson.Document>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, metod, argument) -> {
                    if (metod.getName().equals("find")) {
                        lasningar.incrementAndGet();
                    }
                    try {
                        return metod.invoke(samling, argument);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return raknad;
    }

    private void oka(String id) {
        Raknare raknare = buffert.hitta(id).orElseGet(() -> new Raknare(id, 0));
        raknare.antal++;
        buffert.spara(raknare);
    }

    private int lagrat(String id) {
        Raknare raknare = mongo.template().findById(id, Raknare.class);
        return raknare == null ? 0 : raknare.antal;
    }

    /** Events of the aggregates "a" and "b" in turn. */
    private static UnitOfWork<EventMessage<?>> batch(int handelser) {
        List<EventMessage<?>> meddelanden = new ArrayList<>();
        for (int i = 0; i < handelser; i++) {
            meddelanden.add(new GenericDomainEventMessage<>("Raknare", i % 2 == 0 ? "a" : "b", i / 2,
                    "händelse " + i));
        }
        return new BatchingUnitOfWork<>(meddelanden);
    }

    /** A document another read model derives, in a collection of its own. */
    @Document("batchbuffert-summa-test")
    static final class Summa extends Raknare {
        Summa(String id, int antal) {
            super(id, antal);
        }
    }

    @Document("batchbuffert-test")
    static class Raknare {
        @Id
        String id;
        int antal;

        Raknare(String id, int antal) {
            this.id = id;
            this.antal = antal;
        }
    }
}
