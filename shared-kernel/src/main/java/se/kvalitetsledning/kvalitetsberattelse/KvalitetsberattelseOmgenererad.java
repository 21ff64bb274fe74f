package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The draft's numbers were generated again; they replace the earlier ones whole. */
@Revision("1")
public record KvalitetsberattelseOmgenererad(
        KvalitetsberattelseId id,
        Innehall innehall,
        Anvandare av,
        Instant tid) {
}
