package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The case was given to an utredare; the investigation has started. */
@Revision("1")
public record UtredareTilldelad(
        LexSarahId id,
        Anvandare utredare,
        Anvandare av,
        Instant tid) {
}
