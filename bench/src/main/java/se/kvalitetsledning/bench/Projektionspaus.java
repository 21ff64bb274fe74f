package se.kvalitetsledning.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;

/** Every projection stopped while the command side is measured alone, and started again after. */
final class Projektionspaus implements AutoCloseable {

    private final List<TrackingEventProcessor> processorer;

    Projektionspaus(EventProcessingConfiguration processing) {
        this.processorer = processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .toList();
        processorer.stream().map(TrackingEventProcessor::shutdownAsync).toList().forEach(CompletableFuture::join);
    }

    @Override
    public void close() {
        processorer.forEach(TrackingEventProcessor::start);
    }
}
