package se.kvalitetsledning.infra.handelselager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LascacheTest {

    @Test
    void gerDeNummerDenHarOchGlommerDetSomAnvantsMinstNyligenNarDenArFull() {
        Lascache cache = new Lascache(3);
        cache.lagg(Map.of(1L, handelse(1)));
        cache.lagg(Map.of(2L, handelse(2)));
        cache.lagg(Map.of(3L, handelse(3)));
        cache.hamta(List.of(1L));
        cache.lagg(Map.of(4L, handelse(4)));

        assertThat(cache.hamta(List.of(1L, 2L, 4L, 9L))).containsOnlyKeys(1L, 4L);
        assertThat(cache.hamta(List.of(3L)).get(3L).global()).isEqualTo(3L);
    }

    /** A rebuild after the processors read the newest events: its reads from the start must stay. */
    @Test
    void lagaNummerSomLagtsSenastStannarFastHogreFinns() {
        Lascache cache = new Lascache(3);
        cache.lagg(Map.of(1_000L, handelse(1_000), 1_001L, handelse(1_001), 1_002L, handelse(1_002)));
        cache.lagg(Map.of(1L, handelse(1), 2L, handelse(2)));

        assertThat(cache.hamta(List.of(1L, 2L))).containsOnlyKeys(1L, 2L);
    }

    @Test
    void storlekNollHallerIngenting() {
        Lascache cache = new Lascache(0);
        cache.lagg(Map.of(1L, handelse(1)));

        assertThat(cache.hamta(List.of(1L))).isEmpty();
    }

    private static Lasthandelse handelse(long nummer) {
        return new Lasthandelse(nummer, "Avvikelse", "a" + nummer, 0, "h" + nummer, Instant.EPOCH, "Registrerad", "1",
                "{}", "{}");
    }
}
