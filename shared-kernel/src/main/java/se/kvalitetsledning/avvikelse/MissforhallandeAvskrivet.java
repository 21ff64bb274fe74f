package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record MissforhallandeAvskrivet(
        AvvikelseId id,
        @PersonligUppgift String skal,
        Anvandare av,
        Instant tid) {
}
