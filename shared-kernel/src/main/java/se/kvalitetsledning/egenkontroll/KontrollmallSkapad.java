package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.util.Set;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** A check type was created; its first draft (version 1) has these names, no questions and the standard light. */
@Revision("1")
public record KontrollmallSkapad(
        KontrollmallId id,
        String namn,
        String beskrivning,
        Set<Kvalitetsomrade> kvalitetsomraden,
        Anvandare av,
        Instant tid) {
}
