package se.kvalitetsledning.indikator;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record IndikatorAvslutad(
        IndikatorId id,
        String skal,
        Anvandare av,
        Instant tid) {
}
