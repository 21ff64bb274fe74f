package se.kvalitetsledning.infra.handelselager;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

/**
 * The events of whole commits that tracking processors read lately, by global number, shared by all of them: in a
 * replay every projection reads the same events one after the other, and each would otherwise read them from the
 * database again. A whole commit's events never change, so what is kept is never stale. At most {@code storlek}
 * events are kept; the lowest numbers, which the processors have left behind, go first.
 */
final class Lascache {

    private final int storlek;
    private final TreeMap<Long, Document> handelser = new TreeMap<>();

    Lascache(int storlek) {
        this.storlek = storlek;
    }

    synchronized Map<Long, Document> hamta(Collection<Long> nummer) {
        Map<Long, Document> funna = new HashMap<>();
        for (Long n : nummer) {
            Document handelse = handelser.get(n);
            if (handelse != null) {
                funna.put(n, handelse);
            }
        }
        return funna;
    }

    synchronized void lagg(Map<Long, Document> hela) {
        if (storlek == 0) {
            return;
        }
        handelser.putAll(hela);
        while (handelser.size() > storlek) {
            handelser.pollFirstEntry();
        }
    }
}
