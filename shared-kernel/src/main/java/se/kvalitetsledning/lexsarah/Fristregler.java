package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.time.LocalDate;

import se.kvalitetsledning.gemensamt.Arbetsdagar;
import se.kvalitetsledning.gemensamt.SvenskTid;

/**
 * The service levels a case's deadlines are computed with; each deadline runs to the end of its Swedish day.
 * The law says "snarast" for the anmälan to IVO and sets no number of days, so that number is the provider's own.
 *
 * @param omedelbaraAtgarderDagar calendar days after the rapport was received (0: the same day)
 * @param utredningArbetsdagar    working days after the rapport was received until the utredning is started
 * @param anmalanDagar            calendar days after an assessment that requires an anmälan
 */
public record Fristregler(int omedelbaraAtgarderDagar, int utredningArbetsdagar, int anmalanDagar) {

    public static final Fristregler STANDARD = new Fristregler(0, 1, 14);

    public Fristregler {
        if (omedelbaraAtgarderDagar < 0 || utredningArbetsdagar < 0 || anmalanDagar < 0) {
            throw new IllegalArgumentException("En frist kan inte vara negativ");
        }
    }

    public Instant omedelbaraAtgarder(Instant mottagen) {
        return slutetAv(dag(mottagen).plusDays(omedelbaraAtgarderDagar));
    }

    public Instant utredningPaborjad(Instant mottagen) {
        return slutetAv(Arbetsdagar.plusArbetsdagar(dag(mottagen), utredningArbetsdagar));
    }

    public Instant anmalanTillIvo(Instant bedomd) {
        return slutetAv(dag(bedomd).plusDays(anmalanDagar));
    }

    /** The last day of a deadline that runs to the end of its day: the day a user is told. */
    public static LocalDate sistaDag(Instant forfaller) {
        return dag(forfaller.minusNanos(1));
    }

    private static LocalDate dag(Instant tid) {
        return tid.atZone(SvenskTid.ZON).toLocalDate();
    }

    private static Instant slutetAv(LocalDate dag) {
        return SvenskTid.dagensBorjan(dag.plusDays(1));
    }
}
