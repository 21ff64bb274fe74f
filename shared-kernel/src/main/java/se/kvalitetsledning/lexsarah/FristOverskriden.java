package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A deadline passed unmet; recorded once, when the reminder goes out. */
@Revision("1")
public record FristOverskriden(
        LexSarahId id,
        Fristtyp typ,
        Instant forfallen,
        Instant tid) {
}
