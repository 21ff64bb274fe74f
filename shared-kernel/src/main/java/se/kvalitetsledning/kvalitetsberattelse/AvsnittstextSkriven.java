package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** A section's narrative now reads {@code text} (empty: none). */
@Revision("1")
public record AvsnittstextSkriven(
        KvalitetsberattelseId id,
        Avsnitt avsnitt,
        String text,
        Anvandare av,
        Instant tid) {
}
