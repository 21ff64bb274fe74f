package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.organisation.EnhetId;

/** A handler of the enhet was named; the enhet is set or corrected with it. */
@Revision("1")
public record SynpunktTilldelad(
        SynpunktId id,
        EnhetId enhet,
        Anvandare handlaggare,
        Anvandare av,
        Instant tid) {
}
