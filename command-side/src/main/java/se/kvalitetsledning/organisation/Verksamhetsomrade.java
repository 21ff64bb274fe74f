package se.kvalitetsledning.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.gemensamt.Roll;

@Aggregate
class Verksamhetsomrade {

    @AggregateIdentifier
    private VerksamhetsomradeId id;

    Verksamhetsomrade() {
        // for Axon
    }

    @CommandHandler
    Verksamhetsomrade(RegistreraVerksamhetsomrade kommando) {
        kommando.aktor().kraver(Roll.ADMIN, Organisationsregler.ENDAST_ADMIN);
        apply(new VerksamhetsomradeRegistrerad(kommando.id(), kommando.namn(), kommando.forvaltning(),
                kommando.aktor().anvandare(), kommando.tid()));
    }

    @EventSourcingHandler
    void on(VerksamhetsomradeRegistrerad handelse) {
        id = handelse.id();
    }
}
