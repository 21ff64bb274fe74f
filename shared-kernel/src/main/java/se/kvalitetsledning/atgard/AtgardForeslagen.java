package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.util.Set;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** An åtgärd was proposed, from its sources (none: it stands on its own). */
@Revision("1")
public record AtgardForeslagen(
        AtgardId id,
        Atgardsuppgifter uppgifter,
        Set<Kalla> kallor,
        Anvandare av,
        Instant tid) {
}
