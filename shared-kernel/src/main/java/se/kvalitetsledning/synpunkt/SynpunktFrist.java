package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.time.LocalDate;

import se.kvalitetsledning.lexsarah.Frist.Fristlage;
import se.kvalitetsledning.lexsarah.Fristregler;

/**
 * A deadline of a synpunkt as the read side keeps it: when it falls due, whether it still runs, and whether it
 * passed unmet (the reminder went out). {@code avgjord} is when it was met or lifted.
 */
public record SynpunktFrist(SynpunktFristtyp typ, Instant forfaller, Fristlage lage, boolean overskriden,
                            Instant avgjord) {

    /** The day it runs out, at its end. */
    public LocalDate sistaDag() {
        return Fristregler.sistaDag(forfaller);
    }

    public boolean loper() {
        return lage == Fristlage.LOPER;
    }

    /** Running and past due at the given moment. */
    public boolean forsenad(Instant nu) {
        return loper() && !nu.isBefore(forfaller);
    }

    /** Met in time: met, and no later than it fell due. */
    public boolean uppfylldITid() {
        return lage == Fristlage.UPPFYLLD && avgjord != null && avgjord.isBefore(forfaller);
    }
}
