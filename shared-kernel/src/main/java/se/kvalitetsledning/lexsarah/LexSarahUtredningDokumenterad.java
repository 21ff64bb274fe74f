package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The investigation was documented (again: the last one stands, every one is kept). */
@Revision("1")
public record LexSarahUtredningDokumenterad(
        LexSarahId id,
        LexSarahUtredning utredning,
        Anvandare av,
        Instant tid) {
}
