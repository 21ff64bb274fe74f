package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import se.kvalitetsledning.gemensamt.Anvandare;

import org.axonframework.serialization.Revision;

/** The case was closed. */
@Revision("1")
public record LexSarahAvslutad(
        LexSarahId id,
        Anvandare av,
        Instant tid) {
}
