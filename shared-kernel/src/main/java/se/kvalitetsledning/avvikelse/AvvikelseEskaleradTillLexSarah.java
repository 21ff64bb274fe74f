package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record AvvikelseEskaleradTillLexSarah(
        AvvikelseId id,
        @PersonligUppgift String kommentar,
        Anvandare av,
        Instant tid) {
}
