package se.kvalitetsledning.infra.axon;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * Read-your-writes without polling the database: a caller waits until a projection has committed an aggregate's
 * event with at least a given sequence number. Each projection's handled events are announced after its unit of
 * work commits; a waiter first registers, then checks the read model once (the event may already be handled), and
 * otherwise sleeps until the announcement. Another node's projection announces nothing here, so the read model is
 * also checked now and then; the wait is bounded.
 */
public final class Lasmodellvakt {

    private static final Duration KONTROLL_INTERVALL = Duration.ofMillis(100);

    private record Vantan(String processor, long sekvens, CompletableFuture<Void> klar) {
    }

    private final Map<String, List<Vantan>> vantande = new ConcurrentHashMap<>();

    /** The interceptor that makes one processor announce what it has handled. */
    MessageHandlerInterceptor<EventMessage<?>> forProcessor(String processor) {
        return (arbete, kedja) -> {
            if (arbete.getMessage() instanceof DomainEventMessage<?> handelse
                    && vantande.containsKey(handelse.getAggregateIdentifier())) {
                arbete.afterCommit(u -> hanterad(processor, handelse.getAggregateIdentifier(),
                        handelse.getSequenceNumber()));
            }
            return kedja.proceed();
        };
    }

    /**
     * Waits until {@code processor} has handled the aggregate's event {@code sekvens}, as {@code synlig} tells
     * from the read model, for at most {@code langst}. Returns whether it became visible.
     */
    public boolean vanta(String processor, String aggregat, long sekvens, BooleanSupplier synlig, Duration langst) {
        Vantan vantan = new Vantan(processor, sekvens, new CompletableFuture<>());
        vantande.computeIfAbsent(aggregat, a -> new CopyOnWriteArrayList<>()).add(vantan);
        try {
            long grans = System.nanoTime() + langst.toNanos();
            while (!synlig.getAsBoolean()) {
                long kvar = grans - System.nanoTime();
                if (kvar <= 0) {
                    return false;
                }
                long paus = Math.min(kvar, KONTROLL_INTERVALL.toNanos());
                if (vantan.klar().isDone()) {
                    TimeUnit.NANOSECONDS.sleep(paus);
                    continue;
                }
                try {
                    vantan.klar().get(paus, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // check the read model again: the projection may run on another node
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            vantande.computeIfPresent(aggregat, (a, lista) -> {
                lista.remove(vantan);
                return lista.isEmpty() ? null : lista;
            });
        }
    }

    private void hanterad(String processor, String aggregat, long sekvens) {
        List<Vantan> lista = vantande.get(aggregat);
        if (lista != null) {
            lista.stream().filter(v -> v.processor().equals(processor) && v.sekvens() <= sekvens)
                    .forEach(v -> v.klar().complete(null));
        }
    }
}
