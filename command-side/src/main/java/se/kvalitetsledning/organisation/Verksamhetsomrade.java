package se.kvalitetsledning.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
class Verksamhetsomrade {

    @AggregateIdentifier
    private VerksamhetsomradeId id;

    Verksamhetsomrade() {
        // for Axon
    }

    @CommandHandler
    Verksamhetsomrade(RegistreraVerksamhetsomrade kommando) {
        apply(new VerksamhetsomradeRegistrerad(kommando.id(), kommando.namn(), kommando.forvaltning()));
    }

    @EventSourcingHandler
    void on(VerksamhetsomradeRegistrerad handelse) {
        id = handelse.id();
    }
}
