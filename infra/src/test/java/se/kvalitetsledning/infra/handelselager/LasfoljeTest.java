package se.kvalitetsledning.infra.handelselager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Readers of history keep together; readers at the newest events, and readers fallen silent, hold no one back. */
class LasfoljeTest {

    private final Lasfolje folje = new Lasfolje(1_000, Duration.ofSeconds(30), Duration.ofSeconds(30));

    @Test
    void enLasareLangtFramforDenLangsammasteVantarTillsDenKommitIfatt() throws Exception {
        CountDownLatch vidare = new CountDownLatch(1);
        CompletableFuture<Void> langsam = new CompletableFuture<>();
        new Thread(() -> {
            folje.hallIhop(0, true);
            try {
                vidare.await();
            } catch (InterruptedException e) {
                return;
            }
            folje.hallIhop(4_200, true);
            langsam.complete(null);
        }).start();
        Thread.sleep(200);

        CompletableFuture<Void> forst = lasare(folje, 5_000, true);
        Thread.sleep(500);
        assertThat(forst).as("5,000 events ahead of the slowest, with a window of 1,000").isNotDone();

        vidare.countDown();
        langsam.get(5, TimeUnit.SECONDS);
        forst.get(5, TimeUnit.SECONDS);
    }

    @Test
    void enLasareInomFonstretVantarInte() throws Exception {
        lasare(folje, 0, true).get(5, TimeUnit.SECONDS);
        lasare(folje, 1_000, true).get(1, TimeUnit.SECONDS);
    }

    @Test
    void enLasareVidDeNyasteHandelsernaVantarAldrig() throws Exception {
        lasare(folje, 0, true).get(5, TimeUnit.SECONDS);
        lasare(folje, 900_000, false).get(1, TimeUnit.SECONDS);
    }

    @Test
    void enLasareSomTystnatHallerIngenTillbaka() throws Exception {
        Lasfolje glomsk = new Lasfolje(1_000, Duration.ofSeconds(3), Duration.ofSeconds(30));
        lasare(glomsk, 0, true).get(5, TimeUnit.SECONDS);
        long borjan = System.nanoTime();
        lasare(glomsk, 5_000, true).get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - borjan)).as("held until the silent reader counted as gone")
                .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(8));
    }

    @Test
    void ingenVantarLangreAnDenLangstaVantan() throws Exception {
        Lasfolje kort = new Lasfolje(1_000, Duration.ofSeconds(30), Duration.ofMillis(500));
        lasare(kort, 0, true).get(5, TimeUnit.SECONDS);
        lasare(kort, 5_000, true).get(5, TimeUnit.SECONDS);
    }

    /** A reader on a thread of its own: the window tells readers apart by their threads, as processors have theirs. */
    private static CompletableFuture<Void> lasare(Lasfolje folje, long position, boolean bakomNyaste) {
        CompletableFuture<Void> klar = new CompletableFuture<>();
        new Thread(() -> {
            folje.hallIhop(position, bakomNyaste);
            klar.complete(null);
        }).start();
        return klar;
    }
}
