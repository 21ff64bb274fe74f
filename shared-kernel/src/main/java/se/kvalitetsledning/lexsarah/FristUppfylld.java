package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A deadline was met. */
@Revision("1")
public record FristUppfylld(
        LexSarahId id,
        Fristtyp typ,
        Instant tid) {
}
