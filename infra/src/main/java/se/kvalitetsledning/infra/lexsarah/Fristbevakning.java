package se.kvalitetsledning.infra.lexsarah;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.lexsarah.ListaPasseradeFrister;
import se.kvalitetsledning.lexsarah.PaminnOmFrist;
import se.kvalitetsledning.lexsarah.PasseradFrist;

/**
 * Looks, at a fixed interval, for running deadlines that have passed without a reminder and tells each case, which
 * records the passing once. Nothing is scheduled in memory: the deadlines are in the events and their projection,
 * so a deadline that passed while the application was stopped is found at the first look after the start, and a
 * second node looking at the same time changes nothing.
 */
@Component
class Fristbevakning implements SmartLifecycle {

    private static final Logger LOGG = LoggerFactory.getLogger(Fristbevakning.class);

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final LexSarahEgenskaper egenskaper;
    private final Clock clock;
    private ScheduledExecutorService exekverare;

    Fristbevakning(QueryGateway queryGateway, CommandGateway commandGateway, LexSarahEgenskaper egenskaper,
                   Clock clock) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.egenskaper = egenskaper;
        this.clock = clock;
    }

    void bevaka() {
        List<PasseradFrist> passerade = queryGateway.query(new ListaPasseradeFrister(clock.instant()),
                ResponseTypes.multipleInstancesOf(PasseradFrist.class)).join();
        for (PasseradFrist frist : passerade) {
            commandGateway.sendAndWait(new PaminnOmFrist(frist.id(), frist.typ(), clock.instant()));
        }
    }

    @Override
    public synchronized void start() {
        exekverare = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread trad = new Thread(r, "fristbevakning");
            trad.setDaemon(true);
            return trad;
        });
        long intervall = egenskaper.fristbevakning().toMillis();
        exekverare.scheduleWithFixedDelay(this::bevakaOchFortsatt, intervall, intervall, TimeUnit.MILLISECONDS);
    }

    /** A failed look is logged and the next one tries again; an exception would end the schedule. */
    private void bevakaOchFortsatt() {
        try {
            bevaka();
        } catch (RuntimeException fel) {
            LOGG.warn("Fristbevakningen misslyckades, försöker igen om {}: {}", egenskaper.fristbevakning(),
                    fel.getClass().getName());
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
