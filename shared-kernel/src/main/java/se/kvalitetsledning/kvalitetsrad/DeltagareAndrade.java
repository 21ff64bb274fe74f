package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record DeltagareAndrade(KvalitetsradsmoteId id, List<String> deltagare, Anvandare av, Instant tid) {
}
