package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

@Revision("1")
public record BeslutFattat(
        KvalitetsradsmoteId id,
        BeslutId beslut,
        @PersonligUppgift String text,
        AtgardId atgard,
        Anvandare av,
        Instant tid) {
}
