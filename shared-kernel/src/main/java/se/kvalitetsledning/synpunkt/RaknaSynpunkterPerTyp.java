package se.kvalitetsledning.synpunkt;

import java.time.YearMonth;
import java.util.Set;

/**
 * Asks how many synpunkter of each type were received in the given months (both ends included) in the given enheter,
 * and with {@code utanEnhet} those whose enhet is not known, each counted once; answered with a list of
 * {@link Typrakning}.
 */
public record RaknaSynpunkterPerTyp(Set<String> enheter, boolean utanEnhet, YearMonth fran, YearMonth till) {

    public RaknaSynpunkterPerTyp {
        enheter = Set.copyOf(enheter);
    }
}
