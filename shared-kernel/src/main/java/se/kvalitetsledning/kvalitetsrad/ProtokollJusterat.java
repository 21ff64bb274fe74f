package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record ProtokollJusterat(KvalitetsradsmoteId id, Anvandare av, Instant tid) {
}
