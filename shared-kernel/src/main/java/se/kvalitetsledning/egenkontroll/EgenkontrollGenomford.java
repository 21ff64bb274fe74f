package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The check was completed with this result, computed by {@link Resultatberakning} with the version it used. */
@Revision("1")
public record EgenkontrollGenomford(
        EgenkontrollId id,
        Resultat resultat,
        Anvandare av,
        Instant tid) {
}
