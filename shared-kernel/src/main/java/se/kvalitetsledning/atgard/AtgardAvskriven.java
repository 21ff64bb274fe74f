package se.kvalitetsledning.atgard;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** The åtgärd was written off, with the reason. */
@Revision("1")
public record AtgardAvskriven(
        AtgardId id,
        @PersonligUppgift String skal,
        Anvandare av,
        Instant tid) {
}
