package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.util.Set;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** The synpunkt was closed; the open åtgärder that continue on their own, and why, when there are any. */
@Revision("1")
public record SynpunktAvslutad(
        SynpunktId id,
        Set<AtgardId> fortsattandeAtgarder,
        @PersonligUppgift String fortsattandeSkal,
        Anvandare av,
        Instant tid) {

    /** Unmodifiable copies: an event never changes, so one deserialized can be shared by every reader. */
    public SynpunktAvslutad {
        fortsattandeAtgarder = fortsattandeAtgarder == null ? null : Set.copyOf(fortsattandeAtgarder);
    }
}
