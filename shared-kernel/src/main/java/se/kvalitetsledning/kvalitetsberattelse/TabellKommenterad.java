package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The comment beside the table {@code tabell} now reads {@code kommentar} (empty: none). */
@Revision("1")
public record TabellKommenterad(
        KvalitetsberattelseId id,
        String tabell,
        String kommentar,
        Anvandare av,
        Instant tid) {
}
