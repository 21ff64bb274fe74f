package se.kvalitetsledning.avvikelse;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record AvvikelseTilldelad(
        AvvikelseId id,
        Anvandare handlaggare,
        Anvandare av,
        Instant tid) {
}
