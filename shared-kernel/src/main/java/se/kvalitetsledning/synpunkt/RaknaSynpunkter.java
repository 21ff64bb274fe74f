package se.kvalitetsledning.synpunkt;

import java.time.YearMonth;
import java.util.Set;

/**
 * Asks for the counters of the synpunkter received in the given months (both ends included) in the given enheter,
 * and with {@code utanEnhet} those whose enhet is not known; answered with {@link SynpunktStatistik}.
 */
public record RaknaSynpunkter(Set<String> enheter, boolean utanEnhet, YearMonth fran, YearMonth till) {

    public RaknaSynpunkter {
        enheter = Set.copyOf(enheter);
    }
}
