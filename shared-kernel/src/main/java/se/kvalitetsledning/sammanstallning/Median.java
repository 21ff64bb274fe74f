package se.kvalitetsledning.sammanstallning;

import java.util.List;

/** The median the summary and the indikatorer use for handling days: of an even count, the middle two's mean. */
public final class Median {

    private Median() {
    }

    /** {@code sorterade} in ascending order; the mean of the middle two is rounded down; null of nothing. */
    public static Long av(List<Long> sorterade) {
        int n = sorterade.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorterade.get(n / 2) : (sorterade.get(n / 2 - 1) + sorterade.get(n / 2)) / 2;
    }
}
