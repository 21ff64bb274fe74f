package se.kvalitetsledning.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one operation from N threads for a while and counts completed operations per second. */
final class Genomstromning {

    /** One operation; an exception counts as a failure and is not counted as done. */
    interface Operation {
        void utfor(int trad, long nummer) throws Exception;
    }

    private Genomstromning() {
    }

    static double perSekund(int tradar, Duration tid, Operation operation) throws Exception {
        AtomicLong klara = new AtomicLong();
        AtomicLong fel = new AtomicLong();
        AtomicLong nummer = new AtomicLong();
        long slut = System.nanoTime() + tid.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(tradar);
        long start = System.nanoTime();
        List<Future<?>> arbete = new ArrayList<>();
        for (int t = 0; t < tradar; t++) {
            int trad = t;
            arbete.add(pool.submit(() -> {
                while (System.nanoTime() < slut) {
                    try {
                        operation.utfor(trad, nummer.incrementAndGet());
                        klara.incrementAndGet();
                    } catch (Exception e) {
                        if (fel.incrementAndGet() == 1) {
                            System.out.println("  första felet: " + e);
                        }
                    }
                }
            }));
        }
        for (Future<?> f : arbete) {
            f.get();
        }
        double sekunder = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (fel.get() > 0) {
            System.out.printf("  %d operationer misslyckades%n", fel.get());
        }
        return klara.get() / sekunder;
    }
}
