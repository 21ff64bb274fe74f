package se.kvalitetsledning.infra.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import se.kvalitetsledning.gemensamt.SvenskTid;

/** The system clock moved forward by as much as a test says, e.g. to let a deadline pass while nothing runs. */
public final class ForskjutbarKlocka extends Clock {

    private volatile Duration forskjutning = Duration.ZERO;

    public void forskjut(Duration tid) {
        forskjutning = forskjutning.plus(tid);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(forskjutning);
    }

    @Override
    public ZoneId getZone() {
        return SvenskTid.ZON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
