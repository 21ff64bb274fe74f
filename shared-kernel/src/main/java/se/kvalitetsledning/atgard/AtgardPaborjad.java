package se.kvalitetsledning.atgard;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** Work on the åtgärd began. */
@Revision("1")
public record AtgardPaborjad(
        AtgardId id,
        Anvandare av,
        Instant tid) {
}
