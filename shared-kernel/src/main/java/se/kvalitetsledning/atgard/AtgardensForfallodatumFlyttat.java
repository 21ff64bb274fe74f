package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** The due date moved, with the reason; every move is kept. */
@Revision("1")
public record AtgardensForfallodatumFlyttat(
        AtgardId id,
        LocalDate fran,
        LocalDate till,
        @PersonligUppgift String skal,
        Anvandare av,
        Instant tid) {
}
