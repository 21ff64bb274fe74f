package se.kvalitetsledning.atgard;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The åtgärd was decided on, by whom. */
@Revision("1")
public record AtgardBeslutad(
        AtgardId id,
        Anvandare av,
        Instant tid) {
}
