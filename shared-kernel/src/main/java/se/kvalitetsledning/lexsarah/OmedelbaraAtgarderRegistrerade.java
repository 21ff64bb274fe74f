package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Immediate protective measures were taken; a case may record several. */
@Revision("1")
public record OmedelbaraAtgarderRegistrerade(
        LexSarahId id,
        @PersonligUppgift String text,
        Anvandare av,
        Instant tid) {
}
