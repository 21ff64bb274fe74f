package se.kvalitetsledning.projektion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.test.EmbeddedMongo;

class StampelcacheTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private final Stamplar stamplar = new Stamplar(mongo.template(), "stamplar-test");
    private final Stampelcache<String> cache = new Stampelcache<>(stamplar, 2);
    /** The parts each call computed, and the value each part gets: its name and the number of the call. */
    private final List<List<String>> berakningar = new ArrayList<>();
    private final Function<List<String>, Map<String, String>> berakna = delar -> {
        berakningar.add(delar);
        return delar.stream().collect(Collectors.toMap(d -> d, d -> d + berakningar.size()));
    };

    @Test
    void enDelUtanStampelBeraknasVarjeGang() {
        assertThat(cache.hamta(List.of("mars"), berakna)).isEqualTo(Map.of("mars", "mars1"));
        assertThat(cache.hamta(List.of("mars"), berakna)).isEqualTo(Map.of("mars", "mars2"));
    }

    @Test
    void enDelBeraknasIgenBaraNarDenStamplatsOm() {
        stamplar.stampla("mars");
        stamplar.stampla("april");

        assertThat(cache.hamta(List.of("mars", "april"), berakna)).isEqualTo(Map.of("mars", "mars1", "april",
                "april1"));
        assertThat(cache.hamta(List.of("mars", "april"), berakna)).as("kept")
                .isEqualTo(Map.of("mars", "mars1", "april", "april1"));
        stamplar.stampla("april");
        assertThat(cache.hamta(List.of("mars", "april"), berakna)).isEqualTo(Map.of("mars", "mars1", "april",
                "april2"));
        assertThat(berakningar).containsExactly(List.of("mars", "april"), List.of("april"));
    }

    @Test
    void enDelSomAndrasMedanDenBeraknasBeraknasIgenNastaGang() {
        stamplar.stampla("mars");

        cache.hamta(List.of("mars"), delar -> {
            stamplar.stampla("mars"); // another node's projection, between the marks read and the part read
            return berakna.apply(delar);
        });

        assertThat(cache.hamta(List.of("mars"), berakna)).isEqualTo(Map.of("mars", "mars2"));
    }

    @Test
    void hogstSaMangaDelarHallsDenSenastAnvandaKvar() {
        List.of("mars", "april", "maj").forEach(stamplar::stampla);
        cache.hamta(List.of("mars", "april"), berakna);
        cache.hamta(List.of("mars"), berakna);
        cache.hamta(List.of("maj"), berakna);

        assertThat(cache.hamta(List.of("mars", "april", "maj"), berakna))
                .isEqualTo(Map.of("mars", "mars1", "april", "april3", "maj", "maj2"));
    }

    @Test
    void iEnBatchSkrivsStamplarnaEfterDetDeMarkerOchForeDetVersioneradeOavsettOrdning() {
        List<String> skrivna = new ArrayList<>();
        var batch = new BatchingUnitOfWork<>(List.<EventMessage<?>>of(GenericEventMessage.asEventMessage("en")));
        var resultat = batch.executeWithResult(() -> {
            stamplar.stampla("mars");
            Batch.del("versionerad", () -> del(Batch.Fas.VERSIONERADE, () -> skrivna.add("versionerad")));
            Batch.del("härledd", () -> del(Batch.Fas.HARLEDDA, () -> {
                skrivna.add("härledd");
                assertThat(stamplar.las(List.of("mars"))).as("not marked before the change").isEmpty();
            }));
            Batch.del("efter stämplarna", () -> del(Batch.Fas.VERSIONERADE, () -> {
                assertThat(stamplar.las(List.of("mars"))).as("marked by then").containsKey("mars");
                skrivna.add("efter stämplarna");
            }));
            assertThat(stamplar.las(List.of("mars"))).as("nothing written before the batch's end").isEmpty();
            Batch.skrivEfter(CurrentUnitOfWork.get());
            return null;
        });

        assertThat(resultat.isExceptional()).isFalse();
        assertThat(skrivna).containsExactly("härledd", "versionerad", "efter stämplarna");
    }

    /** A part that writes once (the unit of work's commit asks every part again, as a safety net). */
    private static Batch.Del del(Batch.Fas fas, Runnable skrivning) {
        return new Batch.Del() {
            private boolean skriven;

            @Override
            public void skriv() {
                if (!skriven) {
                    skriven = true;
                    skrivning.run();
                }
            }

            @Override
            public Batch.Fas fas() {
                return fas;
            }
        };
    }
}
