package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The anmälan was sent to IVO; {@code anmalan} is what was sent and never changes. */
@Revision("1")
public record AnmalanTillIvoRegistrerad(
        LexSarahId id,
        IvoAnmalan anmalan,
        String diarienummer,
        Anvandare av,
        Instant tid) {
}
