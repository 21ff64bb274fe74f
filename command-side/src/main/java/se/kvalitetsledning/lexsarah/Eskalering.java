package se.kvalitetsledning.lexsarah;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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

/**
 * Turns an escalated avvikelse into its lex Sarah case, with the facts of the avvikelse as it was filed (read from
 * its first event, not from a projection that may lag). The case's id is derived from the avvikelse's, so handling
 * the same escalation twice opens one case; replaying this processor would only repeat that, hence no replay.
 */
@Component
@ProcessingGroup("lex-sarah-eskalering")
@DisallowReplay
class Eskalering {

    /**
     * The command runs on its own thread: on the processor's thread it would join the processor's unit of work, and a
     * duplicate found when that commits would fail the batch again and again instead of being recognised here.
     */
    private final ExecutorService kommandotrad = Executors.newSingleThreadExecutor(r -> {
        Thread trad = new Thread(r, "lex-sarah-eskalering");
        trad.setDaemon(true);
        return trad;
    });
    private final CommandGateway commandGateway;
    private final EventStore eventStore;

    Eskalering(CommandGateway commandGateway, EventStore eventStore) {
        this.commandGateway = commandGateway;
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
            CompletableFuture.runAsync(() -> commandGateway.sendAndWait(kommando), kommandotrad).join();
        } catch (CompletionException fel) {
            if (!(fel.getCause() instanceof AggregateStreamCreationException)) {
                throw fel;
            }
        }
    }

    private static String beskrivning(AvvikelseRegistrerad registrerad, AvvikelseEskaleradTillLexSarah e) {
        return e.kommentar() == null || e.kommentar().isBlank() ? registrerad.beskrivning()
                : registrerad.beskrivning() + "\n\nVid eskaleringen: " + e.kommentar();
    }
}
