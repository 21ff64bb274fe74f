package se.kvalitetsledning.sammanstallning;

import java.time.YearMonth;
import java.util.List;

/** The answer to {@link RaknaHandlingstider}: per closing month, the handling days of the cases closed then, sorted. */
public record Handlingstider(List<Manad> manader) {

    public Handlingstider {
        manader = List.copyOf(manader);
    }

    /** The days of the cases closed in the month; empty when none was. */
    public List<Long> dagar(YearMonth manad) {
        return manader.stream().filter(m -> m.manad().equals(manad)).findFirst().map(Manad::dagar)
                .orElse(List.of());
    }

    /** The median of the month's days, the mean of the middle two rounded down; null when none was closed. */
    public Long median(YearMonth manad) {
        return Median.av(dagar(manad));
    }

    public record Manad(YearMonth manad, List<Long> dagar) {

        public Manad {
            dagar = List.copyOf(dagar);
        }
    }
}
