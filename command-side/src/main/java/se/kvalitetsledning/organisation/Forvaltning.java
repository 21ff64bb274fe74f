package se.kvalitetsledning.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
class Forvaltning {

    @AggregateIdentifier
    private ForvaltningId id;

    Forvaltning() {
        // for Axon
    }

    @CommandHandler
    Forvaltning(RegistreraForvaltning kommando) {
        apply(new ForvaltningRegistrerad(kommando.id(), kommando.namn()));
    }

    @EventSourcingHandler
    void on(ForvaltningRegistrerad handelse) {
        id = handelse.id();
    }
}
