package se.kvalitetsledning.atgard;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** The åtgärd was carried out; its effect is still to be evaluated. */
@Revision("1")
public record AtgardGenomford(
        AtgardId id,
        @PersonligUppgift String kommentar,
        Anvandare av,
        Instant tid) {
}
