package se.kvalitetsledning.test;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

import se.kvalitetsledning.projektion.Batch;

/**
 * Delivers events to projections and asks them queries through Axon's own annotation adapters and query bus,
 * so the tests exercise the handler signatures (sequence number, response types) as the application does.
 */
public final class ProjectionHarness {

    private final List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
    private final QueryGateway queries;

    public ProjectionHarness(Object... projections) {
        var queryBus = SimpleQueryBus.builder().build();
        for (Object projection : projections) {
            handlers.add(new AnnotationEventHandlerAdapter(projection));
            new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        }
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    /** Delivers one event of an aggregate, as a tracking processor would, to every projection that handles it. */
    public void publish(String aggregateType, Object aggregateId, long sequenceNumber, Object event) {
        deliver(new GenericDomainEventMessage<>(aggregateType, aggregateId.toString(), sequenceNumber, event));
    }

    /**
     * Delivers the events as one batch of a tracking processor: in one unit of work, what the projections keep for
     * the batch written after the last event, as the application's interceptor does ({@link Batch#skrivEfter}).
     */
    public void publishBatch(List<? extends EventMessage<?>> events) {
        var batch = new BatchingUnitOfWork<EventMessage<?>>(List.copyOf(events));
        var result = batch.executeWithResult(() -> {
            deliver(batch.getMessage());
            Batch.skrivEfter(batch);
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("The batch failed", result.exceptionResult());
        }
    }

    private void deliver(EventMessage<?> message) {
        for (var handler : handlers) {
            try {
                if (handler.canHandle(message)) {
                    handler.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException("Handler failed on " + message.getPayload(), e);
            }
        }
    }

    public <R> R query(Object query, Class<R> responseType) {
        return queries.query(query, ResponseTypes.instanceOf(responseType)).join();
    }

    public <R> List<R> queryList(Object query, Class<R> responseType) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(responseType)).join();
    }
}
