package se.kvalitetsledning.infra.handelselager;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.infra.handelselager.Provhandelser.noteringar;
import static se.kvalitetsledning.infra.handelselager.Provhandelser.nyttAggregat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Readers of history share what one of them read, and one that finds it all in the cache waits for no one. */
class SparlasningTest {

    @RegisterExtension
    static final Lagringsplatser lagringsplatser = new Lagringsplatser();

    private final CountDownLatch iDatabasen = new CountDownLatch(1);
    private final CountDownLatch slapp = new CountDownLatch(1);
    private volatile boolean sparrad;

    @Test
    void enLasareVarsHandelserFinnsICachenVantarIntePaEnSomLaserFranDatabasen() throws Exception {
        MongoDatabase databas = lagringsplatser.alla().findFirst().orElseThrow().tom();
        MongoHandelselager lager = Provhandelser.lager(databas).build();
        String aggregat = nyttAggregat("a");
        for (int sekvens = 0; sekvens < 20; sekvens++) {
            lager.appendEvents(noteringar(aggregat, sekvens, 1));
        }
        MongoCollection<Document> handelser = sparrbar(databas.getCollection(MongoHandelselager.HANDELSER));
        Sparlasning sparlasning = new Sparlasning(handelser, new HelaCommits(handelser), () -> 20, new Lascache(100),
                new Lasfolje(Long.MAX_VALUE, Duration.ofSeconds(10), Duration.ofSeconds(5)), Duration.ofSeconds(10),
                100, Clock.systemUTC());
        assertThat(sparlasning.nasta(null, 5)).as("the first reader reads from the database").hasSize(5);

        sparrad = true;
        var fore = CompletableFuture.supplyAsync(() -> sparlasning.nasta(tokenVid(10), 5));
        assertThat(iDatabasen.await(5, TimeUnit.SECONDS)).as("the reader ahead reads from the database").isTrue();
        List<TrackedEventData<?>> efter = CompletableFuture.supplyAsync(() -> sparlasning.nasta(null, 5))
                .get(5, TimeUnit.SECONDS);
        slapp.countDown();

        assertThat(efter).extracting(h -> h.trackingToken().position().orElseThrow())
                .as("the reader behind took its events from the cache while the one ahead waited for the database")
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(fore.get(5, TimeUnit.SECONDS)).extracting(h -> h.trackingToken().position().orElseThrow())
                .containsExactly(11L, 12L, 13L, 14L, 15L);
    }

    private static GapAwareTrackingToken tokenVid(long index) {
        SortedSet<Long> inga = new TreeSet<>();
        return GapAwareTrackingToken.newInstance(index, inga);
    }

    /** The collection, whose queries wait for {@link #slapp} while {@link #sparrad}. */
    private MongoCollection<Document> sparrbar(MongoCollection<Document> samling) {
        @SuppressWarnings("unchecked")
        var sparrbar = (MongoCollection<Document>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, metod, argument) -> {
                    if (sparrad && metod.getName().equals("find")) {
                        iDatabasen.countDown();
                        slapp.await(10, TimeUnit.SECONDS);
                    }
                    try {
                        return metod.invoke(samling, argument);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return sparrbar;
    }
}
