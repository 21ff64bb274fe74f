package se.kvalitetsledning.infra.axon;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongConsumer;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;

/**
 * Sends a command that changes an aggregate at the version its sender saw, and answers with the version it made (one
 * event or more). The answer, or the conflict, is given only once the read side shows the change it made or lost to,
 * so the page that follows shows it.
 */
@Component
public class Andringsutskick {

    /** Builds the command from the version expected and the moment it is sent. */
    @FunctionalInterface
    public interface Kommando {
        Object bygg(long forvantadVersion, Instant tid);
    }

    private final CommandGateway commandGateway;
    private final Clock clock;

    Andringsutskick(CommandGateway commandGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    /** {@code vantaPaLasmodellen} waits until the read side shows the aggregate at the version it is given. */
    public long skicka(long forvantadVersion, Kommando kommando, LongConsumer vantaPaLasmodellen) {
        long ny;
        try {
            ny = commandGateway.<Long>sendAndWait(kommando.bygg(forvantadVersion, clock.instant()));
        } catch (ConflictingAggregateVersionException konflikt) {
            vantaPaLasmodellen.accept(konflikt.getActualVersion());
            throw konflikt;
        }
        vantaPaLasmodellen.accept(ny);
        return ny;
    }
}
