package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** IVO's case number arrived after the anmälan was sent. */
@Revision("1")
public record IvoDiarienummerRegistrerat(
        LexSarahId id,
        String diarienummer,
        Anvandare av,
        Instant tid) {
}
