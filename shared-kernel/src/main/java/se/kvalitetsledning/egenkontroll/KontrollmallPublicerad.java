package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** A version was published, carried whole and never changed after; the next change starts the next draft. */
@Revision("1")
public record KontrollmallPublicerad(
        KontrollmallId id,
        Mallversion version,
        Anvandare av,
        Instant tid) {
}
