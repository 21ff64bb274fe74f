package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import se.kvalitetsledning.gemensamt.Anvandare;

import org.axonframework.serialization.Revision;

/** The investigation was documented (again: the last one stands, every one is kept). */
@Revision("1")
public record LexSarahUtredningDokumenterad(
        LexSarahId id,
        LexSarahUtredning utredning,
        Anvandare av,
        Instant tid) {
}
