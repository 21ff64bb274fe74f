package se.kvalitetsledning.indikator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import se.kvalitetsledning.egenkontroll.Trafikljus;
import se.kvalitetsledning.gemensamt.Anvandare;

/**
 * A month's value of an indikator against the target that held that month, with who entered it and when; the values
 * it corrected are kept in {@code tidigare}, the first entered first.
 */
public record Indikatorvarde(YearMonth manad, BigDecimal varde, Malvarde malvarde, Trafikljus farg, String kommentar,
                             Anvandare av, Instant tid, List<Tidigare> tidigare) {

    public Indikatorvarde {
        tidigare = List.copyOf(tidigare);
    }

    /** A value later corrected. */
    public record Tidigare(BigDecimal varde, String kommentar, Anvandare av, Instant tid) {
    }
}
