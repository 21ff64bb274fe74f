package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The draft that will become version {@code version} now says {@code utkast}, whole. */
@Revision("1")
public record KontrollmallutkastAndrat(
        KontrollmallId id,
        int version,
        Mallinnehall utkast,
        Anvandare av,
        Instant tid) {
}
