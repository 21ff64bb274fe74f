package se.kvalitetsledning.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one kind of request, recorded from many threads; percentiles in milliseconds. */
final class Matning {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private volatile long fel;

    void registrera(long startNanos) {
        nanos.add(System.nanoTime() - startNanos);
    }

    void fel() {
        fel++;
    }

    int antal() {
        return nanos.size();
    }

    long felAntal() {
        return fel;
    }

    double percentil(double p) {
        List<Long> sorterade;
        synchronized (nanos) {
            sorterade = new ArrayList<>(nanos);
        }
        if (sorterade.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorterade);
        int index = (int) Math.ceil(p / 100.0 * sorterade.size()) - 1;
        return sorterade.get(Math.max(0, index)) / 1e6;
    }
}
