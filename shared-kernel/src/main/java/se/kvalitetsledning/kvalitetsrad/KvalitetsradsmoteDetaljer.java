package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import se.kvalitetsledning.gemensamt.Anvandare;

/**
 * A meeting as of {@code version}: when, what it reviews and who took part, the frozen summary once there is one
 * ({@code underlag} null before), each agenda point's latest notes and the decisions in the order they were made.
 */
public record KvalitetsradsmoteDetaljer(
        String id,
        long version,
        LocalDate datum,
        YearMonth manad,
        Motesomfattning omfattning,
        List<String> deltagare,
        Underlag underlag,
        List<Punkt> punkter,
        List<Beslut> beslut,
        Justering justering,
        Anvandare planeradAv,
        Instant planerad) {

    public boolean justerat() {
        return justering != null;
    }

    /** The summary as JSON, and what it was built from. */
    public record Underlag(String innehall, Instant byggd, long handelseposition, Anvandare av, Instant tid) {
    }

    /** {@code revisioner}: how many times the notes were written. */
    public record Punkt(int nummer, String rubrik, String anteckning, int revisioner, Anvandare av, Instant tid) {
    }

    /** {@code atgard}: the id of the åtgärd it created, null when none. */
    public record Beslut(String id, String text, String atgard, Anvandare av, Instant tid) {
    }

    public record Justering(Anvandare av, Instant tid) {
    }
}
