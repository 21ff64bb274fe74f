package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Ledning assessed the case; a later assessment revises it and every revision is kept. */
@Revision("1")
public record LexSarahBedomd(
        LexSarahId id,
        Bedomningsniva niva,
        @PersonligUppgift String motivering,
        Anvandare av,
        Instant tid) {
}
