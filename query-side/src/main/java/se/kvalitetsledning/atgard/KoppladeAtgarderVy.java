package se.kvalitetsledning.atgard;

import java.util.List;
import java.util.Set;

/**
 * The åtgärder a source's document shows, kept in the same way by every source's projection: linked as open, closed
 * when done, and at the source's closing marked as continuing on their own.
 */
public final class KoppladeAtgarderVy {

    private KoppladeAtgarderVy() {
    }

    public static void koppla(List<KoppladAtgard> atgarder, AtgardId atgard, String titel) {
        atgarder.add(new KoppladAtgard(atgard.toString(), titel, true, false));
    }

    public static void avsluta(List<KoppladAtgard> atgarder, AtgardId atgard) {
        atgarder.replaceAll(a -> a.id().equals(atgard.toString())
                ? new KoppladAtgard(a.id(), a.titel(), false, false) : a);
    }

    public static void fortsatter(List<KoppladAtgard> atgarder, Set<AtgardId> fortsattande) {
        atgarder.replaceAll(a -> fortsattande.contains(AtgardId.av(a.id()))
                ? new KoppladAtgard(a.id(), a.titel(), true, true) : a);
    }
}
