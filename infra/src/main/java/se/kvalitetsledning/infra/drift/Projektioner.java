package se.kvalitetsledning.infra.drift;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.infra.handelselager.MongoHandelselager;

/**
 * The projections (tracking processors): how far each has come against the last event written, and a
 * rebuild of all of them from the first event. A rebuild empties each projection through its reset handler and
 * replays; until it is done the lists show what has been replayed so far.
 */
@Component
public class Projektioner {

    /** One projection: its position, the last event written, and whether it is replaying. */
    public record Status(String namn, long position, long senasteHandelse, boolean aterspelar, boolean ikapp) {
    }

    private final EventProcessingConfiguration processing;
    private final MongoHandelselager handelselager;

    Projektioner(EventProcessingConfiguration processing, MongoHandelselager handelselager) {
        this.processing = processing;
        this.handelselager = handelselager;
    }

    public List<Status> status() {
        long senaste = handelselager.senastSkrivna();
        return processorer().stream().map(p -> status(p, senaste)).toList();
    }

    /**
     * The position every one of the named projections has reached, so every event up to it is counted in all of
     * them; -1 when one of them has not started.
     */
    public long gemensamPosition(Collection<String> namn) {
        return status().stream().filter(s -> namn.contains(s.namn())).mapToLong(Status::position).min().orElse(-1);
    }

    /** True when every projection has handled every event written when asked. */
    public boolean allaIkapp() {
        return status().stream().allMatch(Status::ikapp);
    }

    /**
     * Resets every projection to the first event and starts it again; the replay runs in the background. Processors
     * that act rather than project (sending commands or mail) refuse a replay and are left where they are.
     */
    public synchronized void byggOm() {
        List<TrackingEventProcessor> processorer = processorer().stream()
                .filter(TrackingEventProcessor::supportsReset)
                .toList();
        stoppa(processorer);
        for (TrackingEventProcessor processor : processorer) {
            processor.resetTokens();
            processor.start();
        }
    }

    /** What {@link #pausa} gives: closing it starts the projections again. */
    public interface Paus extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Stops every projection until the pause is closed; events written meanwhile are handled after (the benchmark
     * measures the command side alone so).
     */
    public synchronized Paus pausa() {
        List<TrackingEventProcessor> processorer = processorer();
        stoppa(processorer);
        return () -> processorer.forEach(TrackingEventProcessor::start);
    }

    /**
     * All are told to stop at once: each stops when its wait for new events ends (up to a second), and waiting for one
     * after the other took 6 s of the benchmark's rebuild.
     */
    private static void stoppa(List<TrackingEventProcessor> processorer) {
        processorer.stream().map(TrackingEventProcessor::shutdownAsync).toList().forEach(CompletableFuture::join);
    }

    private List<TrackingEventProcessor> processorer() {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .sorted(Comparator.comparing(TrackingEventProcessor::getName))
                .toList();
    }

    private static Status status(TrackingEventProcessor processor, long senaste) {
        var segment = processor.processingStatus().values();
        long position = segment.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
        boolean aterspelar = segment.stream().anyMatch(EventTrackerStatus::isReplaying);
        // Axon calls a processor replaying until it passes the position it was reset at, so a replay of the whole
        // store stays "replaying" until the next event is written; caught up is a matter of position
        boolean ikapp = processor.isRunning() && !segment.isEmpty() && position >= senaste;
        return new Status(processor.getName(), position, senaste, aterspelar, ikapp);
    }
}
