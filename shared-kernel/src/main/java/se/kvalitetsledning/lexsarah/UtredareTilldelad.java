package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import se.kvalitetsledning.gemensamt.Anvandare;

import org.axonframework.serialization.Revision;

/** The case was given to an utredare; the investigation has started. */
@Revision("1")
public record UtredareTilldelad(
        LexSarahId id,
        Anvandare utredare,
        Anvandare av,
        Instant tid) {
}
