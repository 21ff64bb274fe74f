package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The summary the council reviewed, as it was; later events never change it. */
@Revision("1")
public record MotesunderlagFryst(
        KvalitetsradsmoteId id,
        String underlag,
        Instant byggd,
        long handelseposition,
        Anvandare av,
        Instant tid) {
}
