package se.kvalitetsledning.egenkontroll;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads a template's published versions from its events. From the first event, not through a snapshot, which would
 * hide the publications before it.
 */
@Component
class KontrollmallarIHandelselagret implements Kontrollmallar {

    private final EventStore eventStore;

    KontrollmallarIHandelselagret(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Mallversion> senastPublicerade(KontrollmallId mall) {
        DomainEventStream handelser = eventStore.readEvents(mall.toString(), 0);
        Mallversion senaste = null;
        while (handelser.hasNext()) {
            DomainEventMessage<?> handelse = handelser.next();
            if (handelse.getPayload() instanceof KontrollmallPublicerad publicerad) {
                senaste = publicerad.version();
            }
        }
        return Optional.ofNullable(senaste);
    }
}
