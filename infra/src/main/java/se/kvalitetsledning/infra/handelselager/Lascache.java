package se.kvalitetsledning.infra.handelselager;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events of whole commits that tracking processors read lately, by global number, shared by all of them: in a
 * replay every projection reads the same events one after the other, and each would otherwise read them from the
 * database again. A whole commit's events never change, so what is kept is never stale. At most {@code storlek}
 * events are kept; the one used longest ago goes first. (Dropping the lowest numbers first, as it did, kept the
 * newest events that processors at the head had read and dropped a rebuild's reads from the start as soon as they
 * were made: on the 1.5M-event history every projection then read every event from the database.)
 */
final class Lascache {

    private final int storlek;
    private final Map<Long, Lasthandelse> handelser;

    Lascache(int storlek) {
        this.storlek = storlek;
        this.handelser = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Lasthandelse> aldsta) {
                return size() > Lascache.this.storlek;
            }
        };
    }

    synchronized Map<Long, Lasthandelse> hamta(Collection<Long> nummer) {
        Map<Long, Lasthandelse> funna = new HashMap<>();
        for (Long n : nummer) {
            Lasthandelse handelse = handelser.get(n);
            if (handelse != null) {
                funna.put(n, handelse);
            }
        }
        return funna;
    }

    synchronized void lagg(Map<Long, Lasthandelse> hela) {
        if (storlek == 0) {
            return;
        }
        handelser.putAll(hela);
    }
}
