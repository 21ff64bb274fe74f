package se.kvalitetsledning.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.gemensamt.Roll;

@Aggregate
class Forvaltning {

    @AggregateIdentifier
    private ForvaltningId id;

    Forvaltning() {
        // for Axon
    }

    @CommandHandler
    Forvaltning(RegistreraForvaltning kommando) {
        kommando.aktor().kraver(Roll.ADMIN, Organisationsregler.ENDAST_ADMIN);
        apply(new ForvaltningRegistrerad(kommando.id(), kommando.namn(), kommando.aktor().anvandare(),
                kommando.tid()));
    }

    @EventSourcingHandler
    void on(ForvaltningRegistrerad handelse) {
        id = handelse.id();
    }
}
