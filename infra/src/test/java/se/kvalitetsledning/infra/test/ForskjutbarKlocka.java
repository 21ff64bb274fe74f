package se.kvalitetsledning.infra.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import se.kvalitetsledning.gemensamt.SvenskTid;

/**
 * The system clock moved forward by as much as a test says, e.g. to let a deadline pass while nothing runs; or,
 * made {@link #stoppad}, a clock that moves only when told, for tests that compare exact durations.
 */
public final class ForskjutbarKlocka extends Clock {

    private final Instant stoppad;
    private volatile Duration forskjutning = Duration.ZERO;

    public ForskjutbarKlocka() {
        this(null);
    }

    private ForskjutbarKlocka(Instant stoppad) {
        this.stoppad = stoppad;
    }

    public static ForskjutbarKlocka stoppad(Instant vid) {
        return new ForskjutbarKlocka(vid);
    }

    public void forskjut(Duration tid) {
        forskjutning = forskjutning.plus(tid);
    }

    @Override
    public Instant instant() {
        return (stoppad != null ? stoppad : Instant.now()).plus(forskjutning);
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
