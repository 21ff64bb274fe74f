package se.kvalitetsledning.avvikelse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The documents a projection changes within one batch of events, read once and written once per batch instead of
 * once per event: an avvikelse's events usually come close together, in a replay many to a batch. They are written
 * while the batch's last event is handled ({@link #klar()} ends every handler of the processing group), that is
 * before the processor stores its token in the commit, so a crash can never leave the token ahead of the documents. Outside a batch (a test
 * calling a handler directly) every change is written at once.
 */
final class Arbetskopior<D> {

    private final String resurs;
    private final Function<String, Optional<D>> las;
    private final Consumer<D> skriv;

    Arbetskopior(String resurs, Function<String, Optional<D>> las, Consumer<D> skriv) {
        this.resurs = resurs;
        this.las = las;
        this.skriv = skriv;
    }

    Optional<D> hitta(String id) {
        Map<String, D> kopior = kopior();
        if (kopior == null) {
            return las.apply(id);
        }
        D kopia = kopior.get(id);
        return kopia != null ? Optional.of(kopia) : las.apply(id);
    }

    /** Keeps the changed document until the batch commits (or writes it at once outside a unit of work). */
    void andrad(String id, D dokument) {
        Map<String, D> kopior = kopior();
        if (kopior == null) {
            skriv.accept(dokument);
        } else {
            kopior.put(id, dokument);
        }
    }

    /** Ends the handling of an event: at the batch's last event, writes what the batch changed. */
    void klar() {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch
                && batch.isLastMessage()) {
            Map<String, D> kopior = batch.getResource(resurs);
            if (kopior != null) {
                kopior.values().forEach(skriv);
                kopior.clear();
            }
        }
    }

    private Map<String, D> kopior() {
        if (!CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        return batch.getOrComputeResource(resurs, r -> {
            Map<String, D> kopior = new LinkedHashMap<>();
            // a safety net only: every handler of the processor ends with klar(), which has emptied the map
            batch.onPrepareCommit(u -> kopior.values().forEach(skriv));
            return kopior;
        });
    }
}
