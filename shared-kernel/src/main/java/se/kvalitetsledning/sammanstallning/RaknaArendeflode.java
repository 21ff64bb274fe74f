package se.kvalitetsledning.sammanstallning;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * Asks how the cases of the given enheter (null: all of them, a synpunkt without a known enhet included) flowed in
 * month {@code manad}; an open avvikelse received before {@code avvikelseForsenadFore} counts as late. Answered with
 * one {@link Arendeflode}.
 */
public record RaknaArendeflode(Set<String> enheter, YearMonth manad, Instant avvikelseForsenadFore) {

    public RaknaArendeflode {
        Objects.requireNonNull(manad, "manad");
        Objects.requireNonNull(avvikelseForsenadFore, "avvikelseForsenadFore");
        enheter = enheter == null ? null : Set.copyOf(enheter);
    }
}
