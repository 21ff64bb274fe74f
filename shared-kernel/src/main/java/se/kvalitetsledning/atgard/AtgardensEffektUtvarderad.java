package se.kvalitetsledning.atgard;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** The effect of the carried-out åtgärd was evaluated, with the evidence. */
@Revision("1")
public record AtgardensEffektUtvarderad(
        AtgardId id,
        Effektutfall utfall,
        @PersonligUppgift String evidens,
        Anvandare av,
        Instant tid) {
}
