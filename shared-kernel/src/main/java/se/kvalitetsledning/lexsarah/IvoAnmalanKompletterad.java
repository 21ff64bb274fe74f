package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** A supplement sent to IVO after the anmälan, which itself stays as it was sent. */
@Revision("1")
public record IvoAnmalanKompletterad(
        LexSarahId id,
        @PersonligUppgift String text,
        LocalDate skickad,
        Anvandare av,
        Instant tid) {
}
