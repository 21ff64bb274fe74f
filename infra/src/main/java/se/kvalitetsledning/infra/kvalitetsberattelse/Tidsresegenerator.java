package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.stereotype.Service;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.kvalitetsberattelse.Innehall;
import se.kvalitetsledning.kvalitetsberattelse.Omfang;
import se.kvalitetsledning.tidsresa.Tidsresa;

/**
 * Generates a kvalitetsberättelse's numbers from the events as they stood at a time: every event stored with a
 * timestamp up to then is fed, in the store's order, to fresh read models on a database of their own
 * ({@code asof-<uuid>}, dropped afterwards), and the generator asks those instead of the live ones. The store is
 * read a batch at a time, so its size costs time, not memory.
 */
@Service
class Tidsresegenerator {

    private static final Logger LOGG = LoggerFactory.getLogger(Tidsresegenerator.class);

    /**
     * Events are numbered when their commit is written, shortly after they were stamped, so the store's order is
     * their timestamps' order only within this margin: reading stops at the first event stamped this long after.
     */
    private static final Duration EFTERSLAP = Duration.ofMinutes(10);
    /** Events per batch, as many as the live projections take at a time. */
    private static final int BATCH = 500;

    private final EventStorageEngine handelselager;
    private final MongoClient mongoClient;
    private final MongoTemplate lasmodeller;

    Tidsresegenerator(EventStorageEngine handelselager, MongoClient mongoClient, MongoTemplate lasmodeller) {
        this.handelselager = handelselager;
        this.mongoClient = mongoClient;
        this.lasmodeller = lasmodeller;
    }

    /** One at a time: a rebuild reads the whole store up to its time and would only slow another down. */
    synchronized Innehall generera(int ar, Omfang omfang, Instant per) {
        String databas = "asof-" + UUID.randomUUID();
        try {
            MongoTemplate mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(mongoClient, databas),
                    lasmodeller.getConverter());
            Tidsresa tidsresa = Tidsresa.forKvalitetsberattelsen(mongo);
            long start = System.nanoTime();
            long spelade = spela(tidsresa, per);
            LOGG.info("Kvalitetsberättelse {} per {}: {} händelser spelade på {} ms", ar, per, spelade,
                    (System.nanoTime() - start) / 1_000_000);
            return new Kvalitetsberattelsegenerator(tidsresa.fragor(), Clock.fixed(per, SvenskTid.ZON))
                    .generera(ar, omfang);
        } finally {
            mongoClient.getDatabase(databas).drop();
        }
    }

    /** Returns how many events were fed, in batches as the projections' processors take them. */
    private long spela(Tidsresa tidsresa, Instant per) {
        Instant slut = per.plus(EFTERSLAP);
        long spelade = 0;
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
        try (Stream<? extends TrackedEventMessage<?>> handelser = handelselager.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> lasare = handelser.iterator();
            while (lasare.hasNext()) {
                TrackedEventMessage<?> handelse = lasare.next();
                if (handelse.getTimestamp().isAfter(slut)) {
                    break;
                }
                if (!handelse.getTimestamp().isAfter(per)) {
                    batch.add(handelse);
                    spelade++;
                }
                if (batch.size() == BATCH) {
                    tidsresa.spela(batch);
                    batch.clear();
                }
            }
        }
        tidsresa.spela(batch);
        return spelade;
    }
}
