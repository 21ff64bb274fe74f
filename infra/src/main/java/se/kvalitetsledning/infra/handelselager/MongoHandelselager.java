package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

/**
 * Axon's event storage on the MongoDB driver: one document per event with a global sequence number reserved
 * atomically per commit, tracking with {@link GapAwareTrackingToken}, and every hot read an {@code $in} on a unique
 * key ({@code _id} or {@code nyckel}), so that it is index-served on a real MongoDB and on the embedded server alike.
 */
public final class MongoHandelselager extends BatchingEventStorageEngine {

    static final String HANDELSER = "handelser";
    static final String RAKNARE = "handelseraknare";
    static final String OGONBLICK = "ogonblicksbilder";
    /** The collections the store writes: what must be durable when a command is answered. */
    public static final Set<String> SAMLINGAR = Set.of(HANDELSER, RAKNARE, OGONBLICK);

    private final MongoCollection<Document> handelser;
    private final MongoCollection<Document> ogonblick;
    private final Globalraknare raknare;
    private final Sparlasning sparlasning;
    private final Ofullbordade ofullbordade;
    private final Aggregatlasning aggregatlasning;
    private final Runnable gorHallbart;
    private static final int SOKFONSTER = 256;

    private final int sparbatch;

    private MongoHandelselager(Builder builder) {
        super(builder);
        MongoDatabase databas = builder.databas;
        this.handelser = databas.getCollection(HANDELSER);
        this.ogonblick = databas.getCollection(OGONBLICK);
        this.raknare = new Globalraknare(databas.getCollection(RAKNARE), builder.nummerblock);
        HelaCommits helaCommits = new HelaCommits(handelser);
        this.gorHallbart = builder.gorHallbart;
        // one writer knows which commits are durable; with several, a real MongoDB acknowledges only durable writes
        LongSupplier synligTill = builder.ensamSkrivare ? raknare::hallbartTill : raknare::hogsta;
        // readers of history keep within half the cache of each other, so the cache serves those behind
        Lasfolje folje = new Lasfolje(builder.lascache == 0 ? Long.MAX_VALUE : builder.lascache / 2,
                Duration.ofSeconds(10), Duration.ofSeconds(5));
        this.sparlasning = new Sparlasning(handelser, helaCommits, synligTill, new Lascache(builder.lascache), folje,
                builder.luckTimeout, builder.maxLuckavstand, builder.clock);
        this.ofullbordade = new Ofullbordade(handelser, helaCommits, raknare, builder.luckTimeout, builder.clock);
        this.sparbatch = builder.sparbatch;
        this.aggregatlasning = new Aggregatlasning(handelser, helaCommits);
        handelser.createIndex(Indexes.ascending(Handelsdokument.NYCKEL), new IndexOptions().unique(true));
        if (builder.ensamSkrivare) {
            ofullbordade.taBortEfterKrasch();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (!events.isEmpty()) {
            skriv(events, serializer, true);
        }
    }

    private void skriv(List<? extends EventMessage<?>> events, Serializer serializer, boolean forstaForsoket) {
        long forsta = raknare.reservera(events.size());
        List<Document> dokument = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            dokument.add(Handelsdokument.av(events.get(i), forsta + i, forsta, events.size(), serializer));
        }
        try {
            handelser.insertMany(dokument, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            // the commit is refused whole: remove what this ordered insert wrote before the failing event, and only
            // that (the failing number itself may be another commit's)
            int misslyckad = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
            if (misslyckad > 0) {
                handelser.deleteMany(in(Handelsdokument.ID,
                        LongStream.range(forsta, forsta + misslyckad).boxed().toList()));
            }
            raknare.klar(forsta);
            String blockerad = dokument.get(misslyckad).getString(Handelsdokument.NYCKEL);
            if (forstaForsoket && ofullbordade.rensaBlockerande(blockerad)) {
                skriv(events, serializer, false);
                return;
            }
            handlePersistenceException(e, events.get(misslyckad));
        } catch (RuntimeException e) {
            raknare.klar(forsta); // what it left is an unfinished commit, which no reader sees
            throw e;
        }
        // a commit that cannot be made durable stays in progress: nothing after it reaches the projections
        gorHallbart.run();
        raknare.klar(forsta);
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Okänd token-typ för händelselagret: "
                    + lastToken.getClass().getName());
        }
        return sparlasning.nasta((GapAwareTrackingToken) lastToken, sparbatch);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregat, long forstaSekvens) {
        return aggregatlasning.las(aggregat, forstaSekvens).stream();
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregat, long forstaSekvens, int batchSize) {
        return aggregatlasning.fonster(aggregat, forstaSekvens, batchSize);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregat) {
        Document bild = ogonblick.find(eq(Handelsdokument.ID, aggregat)).first();
        return bild == null ? Stream.empty() : Stream.of(Ogonblicksbild.data(bild));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document befintlig = ogonblick.find(eq(Handelsdokument.ID, snapshot.getAggregateIdentifier())).first();
        if (befintlig == null || Ogonblicksbild.sekvens(befintlig) < snapshot.getSequenceNumber()) {
            ogonblick.replaceOne(eq(Handelsdokument.ID, snapshot.getAggregateIdentifier()),
                    Ogonblicksbild.av(snapshot, serializer), new ReplaceOptions().upsert(true));
        }
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregat) {
        return aggregatlasning.sistaSekvens(aggregat);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /**
     * The position after everything handed out so far. With several writers, a commit of another process that is
     * still in progress below it would be missed by a processor that starts here; ours all start at the tail.
     */
    @Override
    public TrackingToken createHeadToken() {
        return GapAwareTrackingToken.newInstance(raknare.hogstaUtdelade(), List.of());
    }

    /**
     * The number of the last event written, 0 when none: where a caught-up processor stands. Numbers handed out
     * but not (yet) written are stepped over, a window at a time.
     */
    public long senastSkrivna() {
        for (long till = raknare.hogstaUtdelade(); till > 0; till -= SOKFONSTER) {
            List<Long> nummer = LongStream.rangeClosed(Math.max(1, till - SOKFONSTER + 1), till).boxed().toList();
            Optional<Long> hogsta = handelser.find(in(Handelsdokument.ID, nummer))
                    .projection(Projections.include(Handelsdokument.ID))
                    .map(Handelsdokument::global)
                    .into(new ArrayList<>()).stream().max(Comparator.naturalOrder());
            if (hogsta.isPresent()) {
                return hogsta.get();
            }
        }
        return 0;
    }

    /** The position just before the first event at or after the given time, found by bisecting the numbers. */
    @Override
    public TrackingToken createTokenAt(Instant tid) {
        long lag = 1;
        long hog = raknare.hogsta() + 1;
        while (lag < hog) {
            long mitt = (lag + hog) >>> 1;
            Document narmast = forstaFran(mitt);
            if (narmast != null && Handelsdokument.tid(narmast).isBefore(tid)) {
                lag = Handelsdokument.global(narmast) + 1;
            } else {
                hog = mitt;
            }
        }
        return GapAwareTrackingToken.newInstance(lag - 1, List.of());
    }

    private Document forstaFran(long nummer) {
        List<Long> fonster = LongStream.range(nummer, nummer + 64).boxed().toList();
        return handelser.find(in(Handelsdokument.ID, fonster)).into(new ArrayList<>()).stream()
                .min(Comparator.comparingLong(Handelsdokument::global)).orElse(null);
    }

    public static final class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase databas;
        private Duration luckTimeout = Duration.ofMinutes(1);
        private int maxLuckavstand = 10_000;
        private int sparbatch = 250;
        private int lascache = 20_000;
        private int nummerblock = 1;
        private boolean ensamSkrivare;
        private Runnable gorHallbart = () -> { };
        private Clock clock = Clock.systemUTC();

        private Builder() {
            persistenceExceptionResolver(Dubblett::ar);
        }

        public Builder databas(MongoDatabase databas) {
            this.databas = databas;
            return this;
        }

        /** How long a reserved number may stay invisible before readers stop waiting for it. */
        public Builder luckTimeout(Duration luckTimeout) {
            this.luckTimeout = luckTimeout;
            return this;
        }

        /**
         * How many global numbers this process reserves at a time: more than 1 only when it is the only writer
         * (see {@link Globalraknare}); 1 is one reservation per commit.
         */
        public Builder nummerblock(int nummerblock) {
            this.nummerblock = nummerblock;
            return this;
        }

        /** How many numbers a tracking read asks for at a time. */
        public Builder sparbatch(int sparbatch) {
            this.sparbatch = sparbatch;
            return this;
        }

        /** How many events of whole commits the tracking reads keep for each other (see {@link Lascache}). */
        public Builder lascache(int lascache) {
            this.lascache = lascache;
            return this;
        }

        public Builder maxLuckavstand(int maxLuckavstand) {
            this.maxLuckavstand = maxLuckavstand;
            return this;
        }

        /**
         * This process is the only writer (the embedded store's file admits one process): a commit found cut short
         * at start cannot still be in progress and is removed at once, and the tracking reads show only the commits
         * made durable (see {@link Globalraknare#hallbartTill}).
         */
        public Builder ensamSkrivare(boolean ensamSkrivare) {
            this.ensamSkrivare = ensamSkrivare;
            return this;
        }

        /** Makes what is written durable, before an append returns (the embedded store's group commit). */
        public Builder gorHallbart(Runnable gorHallbart) {
            this.gorHallbart = gorHallbart;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The events' serializer; an event read by many processors is deserialized once for all of them. */
        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(new DeladDeserialisering(eventSerializer));
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public MongoHandelselager build() {
            if (databas == null) {
                throw new IllegalStateException("Händelselagret behöver en databas");
            }
            return new MongoHandelselager(this);
        }
    }
}
