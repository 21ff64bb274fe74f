package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Days and months are Swedish: an avvikelse at 23:30 UTC on 31 January occurred in February. */
final class Tidszon {

    static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    private Tidszon() {
    }

    static YearMonth manad(Instant tid) {
        return YearMonth.from(tid.atZone(SVERIGE));
    }

    static Instant dagensBorjan(LocalDate dag) {
        return dag.atStartOfDay(SVERIGE).toInstant();
    }
}
