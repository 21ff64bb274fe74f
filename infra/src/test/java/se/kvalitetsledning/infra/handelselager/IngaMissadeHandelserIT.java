package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.eq;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.kvalitetsledning.infra.handelselager.Provhandelser.noteringar;
import static se.kvalitetsledning.infra.handelselager.Provhandelser.nyttAggregat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kvalitetsledning.infra.handelselager.Lagringsplatser.Lagringsplats;
import se.kvalitetsledning.infra.handelselager.Provhandelser.Notering;

/**
 * Live tracking while eight writers append at once and some commits become visible seconds after their numbers
 * were taken, longer than the one-second look-back window in which the first event store (Axon's MongoDB
 * extension) could still see them: a tracking and a pooled processor each handle every event exactly once.
 * <p>
 * Late commits come two ways: through the engine, with an event that takes seconds to serialize between the
 * reservation of the commit's numbers and the insert; and by hand, one event visible at once and the rest seconds
 * later. The hand-written ones take their numbers before the writers start: the embedded server's find-and-modify
 * is not atomic, so while the engine reserves, only its own, serialized, reservations are safe.
 */
class IngaMissadeHandelserIT {

    private static final int SKRIVARE = 8;
    private static final int COMMITS_PER_SKRIVARE = 500;
    private static final int AGGREGAT_PER_SKRIVARE = 5;
    private static final int TROGA_COMMITS = 6;
    private static final int HANDSKRIVNA_COMMITS = 2;

    @RegisterExtension
    static final Lagringsplatser lagringsplatser = new Lagringsplatser();

    static Stream<Lagringsplats> platser() {
        return lagringsplatser.alla();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platser")
    void varjeHandelseHanterasExaktEnGangMedanMangaSkriverOchNagraKommerSent(Lagringsplats plats) throws Exception {
        MongoDatabase databas = plats.tom();
        // as the application runs the embedded store: one writer, numbers reserved in blocks
        MongoHandelselager lager = Provhandelser.lager(databas).nummerblock(64).build();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(lager).build();
        Mottagare sparande = new Mottagare();
        Mottagare poolad = new Mottagare();
        Processorer processorer = Processorer.starta(store, sparande, poolad);
        Set<String> skrivna = ConcurrentHashMap.newKeySet();
        SenaCommits sena = new SenaCommits(List.of(sparande, poolad), skrivna);
        List<HandskrivenCommit> handskrivna = new ArrayList<>();
        for (int nr = 0; nr < HANDSKRIVNA_COMMITS; nr++) {
            handskrivna.add(sena.reserveraHandskriven(databas, nr));
        }
        ExecutorService tradar = Executors.newFixedThreadPool(SKRIVARE + TROGA_COMMITS + HANDSKRIVNA_COMMITS);
        long start = System.nanoTime();
        try {
            List<Future<?>> arbete = new ArrayList<>();
            for (int nr = 0; nr < SKRIVARE; nr++) {
                arbete.add(tradar.submit(skrivare(nr, lager, store, skrivna)));
            }
            for (int nr = 0; nr < TROGA_COMMITS; nr++) {
                arbete.add(tradar.submit(sena.trog(nr, lager, databas)));
            }
            for (HandskrivenCommit commit : handskrivna) {
                arbete.add(tradar.submit(sena.skrivSent(commit)));
            }
            for (Future<?> f : arbete) {
                f.get(60, SECONDS);
            }
            long skrivtid = (System.nanoTime() - start) / 1_000_000;
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                assertThat(sparande.saknade(skrivna)).as("ännu ej hanterade av den spårande").isZero();
                assertThat(poolad.saknade(skrivna)).as("ännu ej hanterade av den poolade").isZero();
            });
            long ikapp = (System.nanoTime() - start) / 1_000_000;
            // a duplicate would come after the last first delivery: give it time to show
            Thread.sleep(1_500);
            System.out.printf("%s: %d händelser skrivna på %d ms, alla hanterade efter %d ms;"
                            + " spårande: %d hanteringar av %d händelser, poolad: %d av %d; sena commits: %s%n",
                    plats, skrivna.size(), skrivtid, ikapp, sparande.hanteringar(), sparande.hanterade().size(),
                    poolad.hanteringar(), poolad.hanterade().size(), sena.rapport());
        } finally {
            tradar.shutdownNow();
            processorer.stoppa();
            store.shutDown();
        }

        for (Mottagare mottagare : List.of(sparande, poolad)) {
            assertThat(mottagare.dubbletter()).isEmpty();
            assertThat(mottagare.hanterade()).hasSameSizeAs(skrivna).containsAll(skrivna);
        }
        assertThat(sena.passerade()).as("sena commits som processorerna redan hade passerat").isPositive();
    }

    /** Appends its commits of one to three events, round its own aggregates; every other writer through the store. */
    private static Runnable skrivare(int nr, MongoHandelselager lager, EmbeddedEventStore store, Set<String> skrivna) {
        return () -> {
            List<String> aggregat = Stream.generate(() -> nyttAggregat("s" + nr)).limit(AGGREGAT_PER_SKRIVARE).toList();
            long[] nasta = new long[AGGREGAT_PER_SKRIVARE];
            for (int c = 0; c < COMMITS_PER_SKRIVARE; c++) {
                int a = c % AGGREGAT_PER_SKRIVARE;
                int storlek = 1 + (c + nr) % 3;
                List<DomainEventMessage<?>> commit = noteringar(aggregat.get(a), nasta[a], storlek);
                if (nr % 2 == 0) {
                    store.publish(commit);
                } else {
                    lager.appendEvents(commit);
                }
                nasta[a] += storlek;
                commit.forEach(h -> skrivna.add(h.getIdentifier()));
            }
        };
    }

    /** The late commits, and whether the processors had passed their numbers when their documents came. */
    private static final class SenaCommits {

        private final List<Mottagare> mottagare;
        private final Set<String> skrivna;
        private final List<String> rapport = new ArrayList<>();
        private int passerade;

        SenaCommits(List<Mottagare> mottagare, Set<String> skrivna) {
            this.mottagare = mottagare;
            this.skrivna = skrivna;
        }

        /** A commit through the engine that starts while the writers are busy and takes two to three seconds. */
        Runnable trog(int nr, MongoHandelselager lager, MongoDatabase databas) {
            return () -> {
                vanta(150L * nr);
                String aggregat = nyttAggregat("trog" + nr);
                AtomicLong passerat = new AtomicLong();
                List<DomainEventMessage<?>> commit = new ArrayList<>();
                commit.add(new TrogHandelse(aggregat, 2_000L + 200L * nr, () -> passerat.set(langstFram())));
                commit.addAll(noteringar(aggregat, 1, nr % 3));
                lager.appendEvents(commit);
                commit.forEach(h -> skrivna.add(h.getIdentifier()));
                Document forsta = databas.getCollection(MongoHandelselager.HANDELSER)
                        .find(eq(Handelsdokument.NYCKEL, Handelsdokument.nyckel(aggregat, 0))).first();
                notera("trög #" + Handelsdokument.global(forsta), passerat.get(), Handelsdokument.global(forsta));
            };
        }

        HandskrivenCommit reserveraHandskriven(MongoDatabase databas, int nr) {
            List<DomainEventMessage<?>> handelser = noteringar(nyttAggregat("sen" + nr), 0, 2 + nr);
            handelser.forEach(h -> skrivna.add(h.getIdentifier()));
            return HandskrivenCommit.reservera(databas, handelser);
        }

        /** Writes one event of the commit while the writers are busy, and the rest two to three seconds later. */
        Runnable skrivSent(HandskrivenCommit commit) {
            return () -> {
                vanta(300);
                commit.skriv(0);
                vanta(2_500);
                long passerat = langstFram();
                commit.skrivResten();
                notera("handskriven #" + commit.nummer().get(0), passerat, commit.nummer().get(0));
            };
        }

        private long langstFram() {
            return mottagare.stream().mapToLong(Mottagare::langstFram).min().orElseThrow();
        }

        private synchronized void notera(String vilken, long passeratFore, long nummer) {
            rapport.add(vilken + (passeratFore > nummer ? " passerad" : " ej passerad"));
            if (passeratFore > nummer) {
                passerade++;
            }
        }

        synchronized List<String> rapport() {
            return List.copyOf(rapport);
        }

        synchronized int passerade() {
            return passerade;
        }
    }

    /**
     * An event that takes seconds to serialize: the engine has reserved its commit's numbers before, and writes the
     * commit's documents after. Notes when it is done, just before the documents are written.
     */
    private static final class TrogHandelse extends GenericDomainEventMessage<Notering> {

        private final long fordrojning;
        private final Runnable fardig;

        TrogHandelse(String aggregat, long fordrojning, Runnable fardig) {
            super(Provhandelser.TYP, aggregat, 0, new Notering(aggregat + ":0"));
            this.fordrojning = fordrojning;
            this.fardig = fardig;
        }

        @Override
        public <R> SerializedObject<R> serializePayload(Serializer serializer, Class<R> representation) {
            vanta(fordrojning);
            fardig.run();
            return super.serializePayload(serializer, representation);
        }
    }

    private static void vanta(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Records how many times each event was handled and how far the processor's token has come. */
    private static final class Mottagare implements EventMessageHandler {

        private final Map<String, AtomicInteger> ganger = new ConcurrentHashMap<>();
        private final AtomicLong langstFram = new AtomicLong();

        @Override
        public Object handle(EventMessage<?> handelse) {
            ganger.computeIfAbsent(handelse.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
            if (handelse instanceof TrackedEventMessage<?> sparad) {
                sparad.trackingToken().position().ifPresent(p -> langstFram.accumulateAndGet(p, Math::max));
            }
            return null;
        }

        Set<String> hanterade() {
            return ganger.keySet();
        }

        long saknade(Set<String> skrivna) {
            return skrivna.stream().filter(id -> !ganger.containsKey(id)).count();
        }

        int hanteringar() {
            return ganger.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        Map<String, Integer> dubbletter() {
            return ganger.entrySet().stream().filter(e -> e.getValue().get() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        }

        long langstFram() {
            return langstFram.get();
        }
    }

    /** A tracking processor and a pooled one with two segments, each with its own in-memory token store. */
    private record Processorer(TrackingEventProcessor sparande, PooledStreamingEventProcessor poolad,
                               ScheduledExecutorService koordinator, ScheduledExecutorService arbetare) {

        static Processorer starta(EmbeddedEventStore store, Mottagare sparandeMottagare, Mottagare pooladMottagare) {
            TrackingEventProcessor sparande = TrackingEventProcessor.builder()
                    .name("sparande")
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(sparandeMottagare).build())
                    .messageSource(store)
                    .tokenStore(new InMemoryTokenStore())
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .trackingEventProcessorConfiguration(
                            TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(50))
                    .build();
            ScheduledExecutorService koordinator = Executors.newSingleThreadScheduledExecutor();
            ScheduledExecutorService arbetare = Executors.newScheduledThreadPool(2);
            PooledStreamingEventProcessor poolad = PooledStreamingEventProcessor.builder()
                    .name("poolad")
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(pooladMottagare).build())
                    .messageSource(store)
                    .tokenStore(new InMemoryTokenStore())
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .coordinatorExecutor(koordinator)
                    .workerExecutor(arbetare)
                    .initialSegmentCount(2)
                    .batchSize(50)
                    .build();
            sparande.start();
            poolad.start();
            return new Processorer(sparande, poolad, koordinator, arbetare);
        }

        void stoppa() {
            sparande.shutDown();
            poolad.shutDown();
            koordinator.shutdownNow();
            arbetare.shutdownNow();
        }
    }
}
