package se.kvalitetsledning.test;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

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
        var message = new GenericDomainEventMessage<>(aggregateType, aggregateId.toString(), sequenceNumber, event);
        for (var handler : handlers) {
            try {
                if (handler.canHandle(message)) {
                    handler.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException("Handler failed on " + event, e);
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
