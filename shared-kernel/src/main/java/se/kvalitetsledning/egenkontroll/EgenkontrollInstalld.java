package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** The check was cancelled, with the reason; it stays in the plan as not performed. */
@Revision("1")
public record EgenkontrollInstalld(
        EgenkontrollId id,
        @PersonligUppgift String skal,
        Anvandare av,
        Instant tid) {
}
