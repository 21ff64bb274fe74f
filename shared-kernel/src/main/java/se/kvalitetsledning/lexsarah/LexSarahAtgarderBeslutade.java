package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** The measures decided to remedy the missförhållande and prevent a repeat. */
@Revision("1")
public record LexSarahAtgarderBeslutade(
        LexSarahId id,
        @PersonligUppgift String text,
        Anvandare av,
        Instant tid) {
}
