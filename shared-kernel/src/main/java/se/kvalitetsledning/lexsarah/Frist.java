package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline of a case as the read side keeps it: when it falls due, whether it still runs, and whether it passed
 * unmet (the reminder went out).
 */
public record Frist(Fristtyp typ, Instant forfaller, Fristlage lage, boolean overskriden, Instant avgjord) {

    public enum Fristlage {
        LOPER("Löper"),
        UPPFYLLD("Uppfylld"),
        UPPHAVD("Upphävd");

        private final String benamning;

        Fristlage(String benamning) {
            this.benamning = benamning;
        }

        public String benamning() {
            return benamning;
        }
    }

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
}
