package se.kvalitetsledning.projektion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The batch of events a tracking processor is handling, and what its projections have kept to write when it ends
 * ({@link Batchbuffert}, {@link Batchmangder}, {@link Stamplar}), in the order of their {@link Fas}. They are written
 * after the batch's last event, inside the batch ({@link #skrivEfter}, called by a handler interceptor), so before the
 * processor stores its token: a failed write rolls the batch back and it is redone. What no interceptor wrote is
 * written when the unit of work prepares its commit.
 */
public final class Batch {

    private static final String DELAR = Batch.class.getName();

    /** The order in which the parts of a batch are written. */
    enum Fas {
        /** Documents whose every change is the same when redone: first. */
        HARLEDDA,
        /**
         * The marks that tell what changed ({@link Stamplar}): after the documents they mark, so that a mark never
         * names a change not yet written.
         */
        STAMPLAR,
        /**
         * Documents whose version makes a redelivered event skip them: last. Were they written first and the rest
         * lost in a crash, the redelivery would skip what the rest needed redone.
         */
        VERSIONERADE
    }

    /** What one projection keeps for the end of the batch. */
    interface Del {
        void skriv();

        default Fas fas() {
            return Fas.HARLEDDA;
        }
    }

    private record Agd(Object agare, Del del) {
    }

    private Batch() {
    }

    /** Called after each event a processor handles: after the last of a batch, writes what its projections kept. */
    public static void skrivEfter(UnitOfWork<?> arbete) {
        if (arbete instanceof BatchingUnitOfWork<?> batch && !batch.isLastMessage()) {
            return;
        }
        List<Agd> delar = arbete.root().getResource(DELAR);
        if (delar != null) {
            skriv(delar);
        }
    }

    private static void skriv(List<Agd> delar) {
        for (Fas fas : Fas.values()) {
            delar.stream().filter(d -> d.del().fas() == fas).forEach(d -> d.del().skriv());
        }
    }

    /** The events of the current batch, in order (none outside a batch). */
    public static List<EventMessage<?>> handelser() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> b)) {
            return List.of();
        }
        List<EventMessage<?>> handelser = new ArrayList<>();
        for (Message<?> meddelande : b.getMessages()) {
            if (meddelande instanceof EventMessage<?> handelse) {
                handelser.add(handelse);
            }
        }
        return handelser;
    }

    /** The aggregates whose events the current batch holds (empty outside a batch). */
    static Set<String> aggregat() {
        Set<String> aggregat = new HashSet<>();
        for (EventMessage<?> handelse : handelser()) {
            if (handelse instanceof DomainEventMessage<?> domanhandelse) {
                aggregat.add(domanhandelse.getAggregateIdentifier());
            }
        }
        return aggregat;
    }

    /** {@code agare}'s part of the current batch, or null outside an event's unit of work. */
    static <D extends Del> D del(Object agare, Supplier<D> ny) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?>)) {
            return null;
        }
        UnitOfWork<?> arbete = CurrentUnitOfWork.get().root();
        List<Agd> delar = arbete.getOrComputeResource(DELAR, r -> {
            List<Agd> nya = new ArrayList<>();
            arbete.onPrepareCommit(u -> skriv(nya));
            return nya;
        });
        for (Agd agd : delar) {
            if (agd.agare() == agare) {
                @SuppressWarnings("unchecked")
                D del = (D) agd.del();
                return del;
            }
        }
        D del = ny.get();
        delar.add(new Agd(agare, del));
        return del;
    }
}
