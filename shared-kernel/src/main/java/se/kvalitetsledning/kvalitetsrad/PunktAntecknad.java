package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

@Revision("1")
public record PunktAntecknad(
        KvalitetsradsmoteId id,
        int nummer,
        String rubrik,
        @PersonligUppgift String anteckning,
        Anvandare av,
        Instant tid) {
}
