package se.kvalitetsledning.lexsarah;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.avvikelse.AvvikelseEskaleradTillLexSarah;
import se.kvalitetsledning.avvikelse.AvvikelseRegistrerad;
import se.kvalitetsledning.flode.KommandoPaEgenTrad;

/**
 * Turns an escalated avvikelse into its lex Sarah case, with the facts of the avvikelse as it was filed (read from
 * its first event, not from a projection that may lag). The case's id is derived from the avvikelse's, so handling
 * the same escalation twice opens one case; replaying this processor would only repeat that, hence no replay.
 */
@Component
@ProcessingGroup("lex-sarah-eskalering")
@DisallowReplay
class Eskalering {

    private final KommandoPaEgenTrad kommandon;
    private final EventStore eventStore;

    Eskalering(CommandGateway commandGateway, EventStore eventStore) {
        this.kommandon = new KommandoPaEgenTrad(commandGateway, "lex-sarah-eskalering");
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(AvvikelseEskaleradTillLexSarah e) {
        DomainEventStream avvikelsen = eventStore.readEvents(e.id().toString(), 0);
        if (!(avvikelsen.next().getPayload() instanceof AvvikelseRegistrerad registrerad)) {
            throw new IllegalStateException("Avvikelsens första händelse är inte dess registrering: " + e.id());
        }
        var kommando = new OppnaLexSarahFranAvvikelse(LexSarahId.franAvvikelse(e.id()), e.id(), registrerad.enhet(),
                registrerad.intraffade(), beskrivning(registrerad, e), registrerad.brukarreferens(), e.av(), e.tid());
        try {
            kommandon.skicka(kommando);
        } catch (AggregateStreamCreationException redanOppnat) {
            // handled before: the case exists
        }
    }

    private static String beskrivning(AvvikelseRegistrerad registrerad, AvvikelseEskaleradTillLexSarah e) {
        return e.kommentar() == null || e.kommentar().isBlank() ? registrerad.beskrivning()
                : registrerad.beskrivning() + "\n\nVid eskaleringen: " + e.kommentar();
    }
}
