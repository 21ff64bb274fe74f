package se.kvalitetsledning.infra.handelselager;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the tracking processors that read history (behind the newest events) within a window of each other, so that
 * those behind find in the {@link Lascache} what the first one read. In a rebuild every projection reads the whole
 * store; left alone, the fast ones run further ahead than the cache holds, and those behind read each event from the
 * database again.
 * <p>
 * A reader more than {@code fonster} events ahead of the slowest waits for it, at most {@code langstaVantan} per
 * read. A reader at the newest events never waits, so live projections are not held back by one that replays, and
 * the slowest never waits, so the whole keeps moving. A reader not heard from for {@code aktiv} (stopped, or in the
 * pause after an error) holds no one back.
 */
final class Lasfolje {

    private record Lasare(long position, long sedan) {
    }

    private final long fonster;
    private final long aktiv;
    private final long langstaVantan;
    private final Map<Thread, Lasare> lasare = new HashMap<>();

    Lasfolje(long fonster, Duration aktiv, Duration langstaVantan) {
        this.fonster = fonster;
        this.aktiv = aktiv.toNanos();
        this.langstaVantan = langstaVantan.toNanos();
    }

    /** Records where the calling reader is, and waits while it is too far ahead of the slowest reading history. */
    synchronized void hallIhop(long position, boolean bakomNyaste) {
        long borjan = System.nanoTime();
        glomTystnade(borjan); // also here, so that the threads of stopped processors are let go
        lasare.put(Thread.currentThread(), new Lasare(position, borjan));
        notifyAll();
        if (!bakomNyaste) {
            return;
        }
        while (true) {
            long nu = System.nanoTime();
            long kvar = borjan + langstaVantan - nu;
            if (kvar <= 0 || position - langsammast(nu) <= fonster) {
                return;
            }
            try {
                // woken when another reader moves; a reader that falls silent is noticed at the next round
                wait(Math.max(1, Math.min(Duration.ofNanos(kvar).toMillis(), 100)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // a processor shutting down: read and let it stop
                return;
            }
        }
    }

    private long langsammast(long nu) {
        glomTystnade(nu);
        return lasare.values().stream().mapToLong(Lasare::position).min().orElse(Long.MAX_VALUE);
    }

    private void glomTystnade(long nu) {
        lasare.values().removeIf(l -> nu - l.sedan() > aktiv);
    }
}
