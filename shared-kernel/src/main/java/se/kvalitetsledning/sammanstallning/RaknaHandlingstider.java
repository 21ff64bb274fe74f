package se.kvalitetsledning.sammanstallning;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * Asks, for the cases of one {@link Arendeslag} in the given enheter closed in the months {@code fran} to
 * {@code till} (both included), the days each took from receipt to closing; answered with {@link Handlingstider}.
 */
public record RaknaHandlingstider(Set<String> enheter, Arendeslag slag, YearMonth fran, YearMonth till) {

    public RaknaHandlingstider {
        enheter = Set.copyOf(enheter);
        Objects.requireNonNull(slag, "slag");
        Objects.requireNonNull(fran, "fran");
        Objects.requireNonNull(till, "till");
    }
}
