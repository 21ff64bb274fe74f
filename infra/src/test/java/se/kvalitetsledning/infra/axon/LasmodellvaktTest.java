package se.kvalitetsledning.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class LasmodellvaktTest {

    private final Lasmodellvakt vakt = new Lasmodellvakt();
    private final AtomicBoolean synlig = new AtomicBoolean();

    @Test
    void vantarInteNarLasmodellenRedanVisarHandelsen() {
        synlig.set(true);
        long start = System.nanoTime();
        assertThat(vakt.vanta("avvikelse", "a1", 3, synlig::get, Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(50));
    }

    @Test
    void vaknarNarProjektionenHarCommittatHandelsen() throws Exception {
        CompletableFuture<Boolean> vantan = CompletableFuture.supplyAsync(
                () -> vakt.vanta("avvikelse", "a1", 3, synlig::get, Duration.ofSeconds(30)));
        Thread.sleep(200); // the waiter has registered and found nothing
        hantera("avvikelse", "a1", 3);
        assertThat(vantan.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void enAnnanProjektionEllerEnTidigareHandelseVackerInte() throws Exception {
        CompletableFuture<Boolean> vantan = CompletableFuture.supplyAsync(
                () -> vakt.vanta("avvikelse", "a1", 3, synlig::get, Duration.ofMillis(600)));
        Thread.sleep(200);
        hanteraUtanAttSynas("avvikelse-statistik", "a1", 3);
        hanteraUtanAttSynas("avvikelse", "a1", 2);
        assertThat(vantan.get(10, TimeUnit.SECONDS)).as("timed out").isFalse();
    }

    /** What a projection does: writes the read model, then its unit of work commits. */
    private void hantera(String processor, String aggregat, long sekvens) throws Exception {
        kor(processor, aggregat, sekvens, true);
    }

    private void hanteraUtanAttSynas(String processor, String aggregat, long sekvens) throws Exception {
        kor(processor, aggregat, sekvens, false);
    }

    private void kor(String processor, String aggregat, long sekvens, boolean skriv) throws Exception {
        EventMessage<?> handelse = new GenericDomainEventMessage<>("Avvikelse", aggregat, sekvens, "payload");
        UnitOfWork<EventMessage<?>> arbete = DefaultUnitOfWork.startAndGet(handelse);
        vakt.forProcessor(processor).handle(arbete, () -> {
            synlig.set(skriv);
            return null;
        });
        arbete.commit();
    }
}
