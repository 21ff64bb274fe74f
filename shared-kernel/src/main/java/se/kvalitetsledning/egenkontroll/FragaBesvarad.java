package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** Question {@code fraga} got {@code svar} for sample item {@code post}; a later one for the same pair replaces it. */
@Revision("1")
public record FragaBesvarad(
        EgenkontrollId id,
        String post,
        FragaId fraga,
        Svar svar,
        Anvandare av,
        Instant tid) {
}
