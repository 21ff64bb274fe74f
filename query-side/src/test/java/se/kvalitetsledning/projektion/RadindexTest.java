package se.kvalitetsledning.projektion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.projektion.Radindex.Rad;
import se.kvalitetsledning.test.EmbeddedMongo;

class RadindexTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private final Radindex index = new Radindex(mongo.template(), "radindex-test");

    @Test
    void enAndringFlyttarRadernaFranDetGamlaLagetsDokumentTillDetNyas() {
        index.flytta(Set.of(), Set.of(Rad.av("eken|2025", "k1", "PLANERAD", 0), Rad.av("*|2025", "k1", "eken")));
        index.flytta(Set.of(), Set.of(Rad.av("eken|2025", "k2", "PLANERAD", 0)));

        index.flytta(Set.of(Rad.av("eken|2025", "k1", "PLANERAD", 0), Rad.av("*|2025", "k1", "eken")),
                Set.of(Rad.av("eken|2026", "k1", "GENOMFORD", 3), Rad.av("*|2025", "k1", "eken")));

        assertThat(index.las(List.of("eken|2025", "eken|2026", "*|2025", "saknas|2025"))).isEqualTo(Map.of(
                "eken|2025", List.of(List.of("k2", "PLANERAD", "0")),
                "eken|2026", List.of(List.of("k1", "GENOMFORD", "3")),
                "*|2025", List.of(List.of("k1", "eken"))));
        assertThat(index.las(List.of())).isEmpty();
    }

    @Test
    void ettFaltMedSkiljetecknetOchEttTomtFaltKommerTillbakaSomDeSkrevs() {
        index.flytta(Set.of(), Set.of(Rad.av("udda", "a|b", "100%7C", null, "")));

        assertThat(index.allaRader(List.of("udda"))).containsExactly(List.of("a|b", "100%7C", "", ""));
    }

    @Test
    void iEnBatchSkrivsBaraVarjeRadsSistaLageEfterSistaHandelsen() throws Exception {
        Rad planerad = Rad.av("eken|2025", "k1", "PLANERAD");
        Rad pagar = Rad.av("eken|2025", "k1", "PAGAR");
        Rad genomford = Rad.av("eken|2025", "k1", "GENOMFORD");
        List<Runnable> handelser = List.of(
                () -> index.flytta(Set.of(), Set.of(planerad)),
                () -> index.flytta(Set.of(planerad), Set.of(pagar)),
                () -> index.flytta(Set.of(pagar), Set.of(genomford)));
        var batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage(1),
                GenericEventMessage.asEventMessage(2), GenericEventMessage.asEventMessage(3)));
        int[] nummer = {0};
        var resultat = batch.executeWithResult(() -> {
            handelser.get(nummer[0]++).run();
            assertThat(index.las(List.of("eken|2025"))).as("nothing written before the last event").isEmpty();
            Batch.skrivEfter(CurrentUnitOfWork.get());
            return null;
        });

        assertThat(resultat.isExceptional()).isFalse();
        assertThat(index.allaRader(List.of("eken|2025"))).containsExactly(List.of("k1", "GENOMFORD"));
    }
}
