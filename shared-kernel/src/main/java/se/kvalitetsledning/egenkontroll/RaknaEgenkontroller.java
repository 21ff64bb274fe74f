package se.kvalitetsledning.egenkontroll;

import java.util.Set;

/**
 * Asks for the counters of the checks planned for year {@code ar} in the given enheter; answered with
 * {@link EgenkontrollStatistik}.
 */
public record RaknaEgenkontroller(Set<String> enheter, int ar) {

    public RaknaEgenkontroller {
        enheter = Set.copyOf(enheter);
    }
}
