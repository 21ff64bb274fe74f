package se.kvalitetsledning.sammanstallning;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * Asks what the patterns of the avvikelser that occurred in the months {@code fran} to {@code till} (both included)
 * in the given enheter (null: all of them) are judged on; answered with one {@link Monsterunderlag}.
 */
public record RaknaMonster(Set<String> enheter, YearMonth fran, YearMonth till) {

    public RaknaMonster {
        Objects.requireNonNull(fran, "fran");
        Objects.requireNonNull(till, "till");
        if (fran.isAfter(till)) {
            throw new IllegalArgumentException("Perioden slutar före sin början");
        }
        enheter = enheter == null ? null : Set.copyOf(enheter);
    }
}
