package se.kvalitetsledning.flode;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command from an event handler and waits for it, on a thread of its own. On the processor's thread the
 * command would join the processor's unit of work: its events would be stored only when the batch commits, and a
 * refusal found then would fail the batch again and again instead of reaching the handler that sent it.
 */
public final class KommandoPaEgenTrad {

    private final CommandGateway commandGateway;
    private final ExecutorService trad;

    public KommandoPaEgenTrad(CommandGateway commandGateway, String namn) {
        this.commandGateway = commandGateway;
        this.trad = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, namn);
            t.setDaemon(true);
            return t;
        });
    }

    /** Sends and waits; a failure comes back as the command's own exception. */
    public void skicka(Object kommando) {
        try {
            CompletableFuture.runAsync(() -> commandGateway.sendAndWait(kommando), trad).join();
        } catch (CompletionException fel) {
            if (fel.getCause() instanceof RuntimeException orsak) {
                throw orsak;
            }
            throw fel;
        }
    }
}
