package se.kvalitetsledning.gemensamt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Days and months are Swedish: users read and enter Swedish time, and an avvikelse at 23:30 UTC on 31 January
 * occurred in February.
 */
public final class SvenskTid {

    public static final ZoneId ZON = ZoneId.of("Europe/Stockholm");

    private SvenskTid() {
    }

    public static YearMonth manad(Instant tid) {
        return YearMonth.from(tid.atZone(ZON));
    }

    public static Instant dagensBorjan(LocalDate dag) {
        return dag.atStartOfDay(ZON).toInstant();
    }
}
