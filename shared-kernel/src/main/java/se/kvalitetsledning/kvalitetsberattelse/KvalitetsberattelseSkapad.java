package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The draft of a year and a scope was created with these numbers (edition 1). */
@Revision("1")
public record KvalitetsberattelseSkapad(
        KvalitetsberattelseId id,
        int ar,
        Omfang omfang,
        Innehall innehall,
        Anvandare av,
        Instant tid) {
}
