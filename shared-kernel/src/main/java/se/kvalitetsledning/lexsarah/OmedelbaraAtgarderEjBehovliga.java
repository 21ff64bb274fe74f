package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Immediate measures were judged not needed, with the reason. */
@Revision("1")
public record OmedelbaraAtgarderEjBehovliga(
        LexSarahId id,
        @PersonligUppgift String skal,
        Anvandare av,
        Instant tid) {
}
