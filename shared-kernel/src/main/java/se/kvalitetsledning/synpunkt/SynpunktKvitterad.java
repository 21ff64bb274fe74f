package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The sender was told the synpunkt arrived, and how; {@code av} is null for the automatic e-mail. */
@Revision("1")
public record SynpunktKvitterad(
        SynpunktId id,
        String satt,
        Anvandare av,
        Instant tid) {
}
