package se.kvalitetsledning.infra.frister;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;


/**
 * Looks, at a fixed interval, for deadlines that have passed without a reminder ({@link Bevakning}, one per kind)
 * and has each aggregate record the passing once. Nothing is scheduled in memory: the deadlines are in the events and
 * their projections, so a deadline that passed while the application was stopped is found at the first look after
 * the start, and a second node looking at the same time changes nothing.
 */
@Component
class Fristbevakning implements SmartLifecycle {

    private static final Logger LOGG = LoggerFactory.getLogger(Fristbevakning.class);

    private final List<Bevakning> bevakningar;
    private final FristbevakningEgenskaper egenskaper;
    private final Clock clock;
    private ScheduledExecutorService exekverare;

    Fristbevakning(List<Bevakning> bevakningar, FristbevakningEgenskaper egenskaper, Clock clock) {
        this.bevakningar = bevakningar;
        this.egenskaper = egenskaper;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        exekverare = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread trad = new Thread(r, "fristbevakning");
            trad.setDaemon(true);
            return trad;
        });
        long intervall = egenskaper.intervall().toMillis();
        exekverare.scheduleWithFixedDelay(this::bevakaOchFortsatt, intervall, intervall, TimeUnit.MILLISECONDS);
    }

    /** A failed look is logged and the next one tries again; an exception would end the schedule. */
    private void bevakaOchFortsatt() {
        for (Bevakning bevakning : bevakningar) {
            try {
                bevakning.bevaka(clock.instant());
            } catch (RuntimeException fel) {
                LOGG.warn("Fristbevakningen ({}) misslyckades, försöker igen om {}: {}",
                        bevakning.getClass().getSimpleName(), egenskaper.intervall(), fel.getClass().getName());
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (exekverare != null) {
            exekverare.shutdownNow();
            exekverare = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return exekverare != null;
    }
}
