package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Sent on to another provider or authority, with a note to the sender; this ends the handling here. */
@Revision("1")
public record SynpunktVidarebefordrad(
        SynpunktId id,
        String mottagare,
        @PersonligUppgift String meddelandeTillAvsandaren,
        Anvandare av,
        Instant tid) {
}
