package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** The sender was answered: what was said, how and when it was sent. */
@Revision("1")
public record SynpunktBesvarad(
        SynpunktId id,
        @PersonligUppgift String svar,
        String satt,
        LocalDate skickat,
        Anvandare av,
        Instant tid) {
}
