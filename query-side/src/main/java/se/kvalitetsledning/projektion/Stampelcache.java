package se.kvalitetsledning.projektion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What readers computed from parts of a read model, kept in memory for each part while the part's mark
 * ({@link Stamplar}) stays the same: a report asked again reads the marks, one small document per part, and computes
 * only the parts that changed. At most {@code hogst} parts are kept, the least recently used dropped first.
 */
public final class Stampelcache<V> {

    private record Post<V>(String stampel, V varde) {
    }

    private final Stamplar stamplar;
    private final Map<String, Post<V>> poster;

    public Stampelcache(Stamplar stamplar, int hogst) {
        this.stamplar = stamplar;
        this.poster = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Post<V>> aldsta) {
                return size() > hogst;
            }
        };
    }

    /** One part's value, as {@link #hamta(Collection, Function)} gives it. */
    public V hamta(String del, Supplier<V> berakna) {
        return hamta(List.of(del), delar -> Map.of(del, berakna.get())).get(del);
    }

    /**
     * Each part's value: kept where its mark is the one kept with it, otherwise from {@code berakna}, which is given
     * the parts to compute and answers with a value for each of them.
     */
    public Map<String, V> hamta(Collection<String> delar, Function<List<String>, Map<String, V>> berakna) {
        // read before the parts are, so a change written meanwhile leaves what is kept under an older mark
        Map<String, String> stampel = stamplar.las(delar);
        Map<String, V> varden = new HashMap<>();
        List<String> andrade = new ArrayList<>();
        synchronized (poster) {
            for (String del : delar) {
                Post<V> post = poster.get(del);
                if (post != null && post.stampel().equals(stampel.get(del))) {
                    varden.put(del, post.varde());
                } else {
                    andrade.add(del);
                }
            }
        }
        if (andrade.isEmpty()) {
            return varden;
        }
        Map<String, V> beraknade = berakna.apply(andrade);
        synchronized (poster) {
            for (String del : andrade) {
                V varde = beraknade.get(del);
                varden.put(del, varde);
                if (stampel.containsKey(del)) {
                    poster.put(del, new Post<>(stampel.get(del), varde));
                }
            }
        }
        return varden;
    }
}
