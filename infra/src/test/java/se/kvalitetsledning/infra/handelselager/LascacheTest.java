package se.kvalitetsledning.infra.handelselager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class LascacheTest {

    @Test
    void gerDeNummerDenHarOchGlommerDeLagstaNarDenArFull() {
        Lascache cache = new Lascache(3);
        cache.lagg(Map.of(1L, handelse(1), 2L, handelse(2), 3L, handelse(3)));
        cache.lagg(Map.of(4L, handelse(4)));

        assertThat(cache.hamta(List.of(1L, 2L, 4L, 9L))).containsOnlyKeys(2L, 4L);
        assertThat(cache.hamta(List.of(3L)).get(3L)).isEqualTo(handelse(3));
    }

    @Test
    void storlekNollHallerIngenting() {
        Lascache cache = new Lascache(0);
        cache.lagg(Map.of(1L, handelse(1)));

        assertThat(cache.hamta(List.of(1L))).isEmpty();
    }

    private static Document handelse(long nummer) {
        return new Document("_id", nummer);
    }
}
