package se.kvalitetsledning.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.gemensamt.Roll;

@Aggregate
class Enhet {

    @AggregateIdentifier
    private EnhetId id;

    Enhet() {
        // for Axon
    }

    @CommandHandler
    Enhet(RegistreraEnhet kommando) {
        kommando.aktor().kraver(Roll.ADMIN, Organisationsregler.ENDAST_ADMIN);
        apply(new EnhetRegistrerad(kommando.id(), kommando.namn(), kommando.verksamhetsomrade(),
                kommando.forvaltning(), kommando.aktor().anvandare(), kommando.tid()));
    }

    @EventSourcingHandler
    void on(EnhetRegistrerad handelse) {
        id = handelse.id();
    }
}
