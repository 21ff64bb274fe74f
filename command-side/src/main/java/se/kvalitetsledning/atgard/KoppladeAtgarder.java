package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import se.kvalitetsledning.gemensamt.RegelBrott;

/**
 * The åtgärder linked to a source, as the source's aggregate keeps them, and the one rule every source closes by:
 * a source with open åtgärder closes only when the closer says why they continue on their own.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class KoppladeAtgarder {

    private Set<AtgardId> oppna = new LinkedHashSet<>();
    private Set<AtgardId> avslutade = new LinkedHashSet<>();

    /** Whether the åtgärd is linked already, so linking it again changes nothing. */
    public boolean arKopplad(AtgardId atgard) {
        return oppna.contains(atgard) || avslutade.contains(atgard);
    }

    public boolean arOppen(AtgardId atgard) {
        return oppna.contains(atgard);
    }

    public void koppla(AtgardId atgard) {
        if (!avslutade.contains(atgard)) {
            oppna.add(atgard);
        }
    }

    public void avsluta(AtgardId atgard) {
        oppna.remove(atgard);
        avslutade.add(atgard);
    }

    /** The event a source applies to link the åtgärd; none when it is linked already. */
    public Optional<AtgardKoppladTillKalla> koppling(Kalla kalla, AtgardId atgard, String titel, Instant tid) {
        return arKopplad(atgard) ? Optional.empty()
                : Optional.of(new AtgardKoppladTillKalla(kalla, atgard, titel, tid));
    }

    /** The event a source applies when one of its åtgärder closed; none when it knows already. */
    public Optional<KoppladAtgardAvslutad> avslut(Kalla kalla, AtgardId atgard, AtgardStatus status, Instant tid) {
        return arOppen(atgard) ? Optional.of(new KoppladAtgardAvslutad(kalla, atgard, status, tid)) : Optional.empty();
    }

    public Set<AtgardId> oppna() {
        return Set.copyOf(oppna);
    }

    /**
     * Refuses to close over open åtgärder without a reason why they continue on their own; returns those that
     * continue (none when all are closed), for the closing event to record.
     */
    public Set<AtgardId> kontrolleraAvslut(String fortsatterSjalvstandigtSkal) {
        if (!oppna.isEmpty() && (fortsatterSjalvstandigtSkal == null || fortsatterSjalvstandigtSkal.isBlank())) {
            String antal = oppna.size() == 1 ? "en öppen åtgärd" : oppna.size() + " öppna åtgärder";
            throw new RegelBrott("Ärendet har " + antal
                    + "; ange varför de fortsätter självständigt för att avsluta det");
        }
        return oppna();
    }
}
