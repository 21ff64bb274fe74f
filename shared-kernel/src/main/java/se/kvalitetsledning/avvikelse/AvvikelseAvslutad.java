package se.kvalitetsledning.avvikelse;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record AvvikelseAvslutad(
        AvvikelseId id,
        Anvandare av,
        Instant tid) {
}
