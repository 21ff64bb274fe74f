package se.kvalitetsledning.infra.synpunkt.publik;

import java.time.Duration;

/** How long a client must wait before its next post is taken; zero when it may post now. */
record Vantetid(Duration tid) {

    static final Vantetid INGEN = new Vantetid(Duration.ZERO);

    boolean ingen() {
        return tid.isZero();
    }

    /** Whole seconds, rounded up, as {@code Retry-After} wants them. */
    long sekunder() {
        return (tid.toMillis() + 999) / 1000;
    }

    /** Whole minutes, rounded up, for a person to read: "1 minut", "7 minuter". */
    String iMinuter() {
        long minuter = (sekunder() + 59) / 60;
        return minuter == 1 ? "1 minut" : minuter + " minuter";
    }
}
