package se.kvalitetsledning.avvikelse;

import java.time.YearMonth;
import java.util.Set;

/**
 * Asks how many avvikelser of each category occurred in the given enheter and months (both ends included), each
 * counted once whatever its kvalitetsområden; answered with a list of {@link Kategorirakning}.
 */
public record RaknaAvvikelserPerKategori(Set<String> enheter, YearMonth fran, YearMonth till) {

    public RaknaAvvikelserPerKategori {
        enheter = Set.copyOf(enheter);
    }
}
