package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A deadline of the case starts to run. */
@Revision("1")
public record FristSatt(
        LexSarahId id,
        Fristtyp typ,
        Instant forfaller) {
}
