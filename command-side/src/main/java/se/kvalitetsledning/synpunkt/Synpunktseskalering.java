package se.kvalitetsledning.synpunkt;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.avvikelse.RegistreraAvvikelseFranSynpunkt;
import se.kvalitetsledning.flode.KommandoPaEgenTrad;
import se.kvalitetsledning.lexsarah.OppnaLexSarahFranSynpunkt;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Turns an escalated synpunkt into its lex Sarah case or avvikelse, with what the sender told (read from the
 * synpunkt's own events, not from a projection that may lag) and the enhet it had when escalated. The target's id is
 * derived from the synpunkt's, so handling the same escalation twice opens one; replaying this processor would only
 * repeat that, hence no replay.
 */
@Component
@ProcessingGroup("synpunkt-eskalering")
@DisallowReplay
class Synpunktseskalering {

    private final KommandoPaEgenTrad kommandon;
    private final EventStore eventStore;

    Synpunktseskalering(CommandGateway commandGateway, EventStore eventStore) {
        this.kommandon = new KommandoPaEgenTrad(commandGateway, "synpunkt-eskalering");
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(SynpunktEskalerad e, @SequenceNumber long sekvens) {
        DomainEventStream synpunkten = eventStore.readEvents(e.id().toString(), 0);
        if (!(synpunkten.next().getPayload() instanceof SynpunktInkommen inkommen)) {
            throw new IllegalStateException("Synpunktens första händelse är inte dess mottagande: " + e.id());
        }
        EnhetId enhet = inkommen.enhet();
        while (synpunkten.hasNext() && synpunkten.peek().getSequenceNumber() < sekvens) {
            if (synpunkten.next().getPayload() instanceof SynpunktTilldelad tilldelad) {
                enhet = tilldelad.enhet();
            }
        }
        String beskrivning = beskrivning(inkommen, e);
        Object kommando = switch (e.mal()) {
            case LEX_SARAH -> new OppnaLexSarahFranSynpunkt(e.id().lexSarah(), e.id(), enhet, inkommen.mottagen(),
                    beskrivning, e.av(), e.tid());
            case AVVIKELSE -> new RegistreraAvvikelseFranSynpunkt(e.id().avvikelse(), e.id(), enhet,
                    inkommen.mottagen(), beskrivning, e.av(), e.tid());
        };
        try {
            kommandon.skicka(kommando);
        } catch (AggregateStreamCreationException redanOppnat) {
            // handled before: the case exists
        }
    }

    private static String beskrivning(SynpunktInkommen inkommen, SynpunktEskalerad e) {
        return e.kommentar() == null || e.kommentar().isBlank() ? inkommen.vadHande()
                : inkommen.vadHande() + "\n\nVid eskaleringen: " + e.kommentar();
    }
}
