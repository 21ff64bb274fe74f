package se.kvalitetsledning.avvikelse;

import java.time.YearMonth;
import java.util.Set;

/**
 * Asks for the counters per enhet × month × category × kvalitetsområde in the given enheter and months
 * (both ends included); answered with a list of {@link AvvikelseRakning}.
 */
public record RaknaAvvikelser(Set<String> enheter, YearMonth fran, YearMonth till) {
}
