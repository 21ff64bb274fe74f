package se.kvalitetsledning.projektion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
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
    void ettDokumentIHinkarHarVarjeRadIEnAvDemOchLasesSomEtt() {
        var hinkindex = new Radindex(mongo.template(), "radindex-hinkar", d -> d.startsWith("*|") ? 4 : 1);
        Set<Rad> rader = IntStream.range(0, 40).mapToObj(i -> Rad.av("*|2025", "k" + i, "eken"))
                .collect(Collectors.toSet());
        hinkindex.flytta(Set.of(), rader);
        hinkindex.flytta(Set.of(), Set.of(Rad.av("eken|2025", "k1")));
        hinkindex.flytta(Set.of(Rad.av("*|2025", "k3", "eken")), Set.of(Rad.av("*|2025", "k3", "lyftet")));

        Map<String, List<String>> lagrade = new HashMap<>();
        mongo.template().findAll(Document.class, "radindex-hinkar")
                .forEach(d -> lagrade.put(d.getString("_id"), d.getList("rader", String.class)));
        assertThat(lagrade.keySet()).containsExactlyInAnyOrder("*|2025#0", "*|2025#1", "*|2025#2", "*|2025#3",
                "eken|2025");
        assertThat(lagrade.get("*|2025#0")).hasSizeLessThan(40);
        List<List<String>> vantade = new ArrayList<>(IntStream.range(0, 40).filter(i -> i != 3)
                .mapToObj(i -> List.of("k" + i, "eken")).toList());
        vantade.add(List.of("k3", "lyftet"));
        var lasta = hinkindex.las(List.of("*|2025", "eken|2025", "saknas|2025"));
        assertThat(lasta.keySet()).containsExactlyInAnyOrder("*|2025", "eken|2025");
        assertThat(lasta.get("*|2025")).containsExactlyInAnyOrderElementsOf(vantade);
        assertThat(lasta.get("eken|2025")).containsExactly(List.of("k1"));
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
