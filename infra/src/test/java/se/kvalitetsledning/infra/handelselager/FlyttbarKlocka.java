package se.kvalitetsledning.infra.handelselager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it forward. */
final class FlyttbarKlocka extends Clock {

    private volatile Instant nu;

    FlyttbarKlocka(Instant nu) {
        this.nu = nu;
    }

    void flyttaFram(Duration tid) {
        nu = nu.plus(tid);
    }

    @Override
    public Instant instant() {
        return nu;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
