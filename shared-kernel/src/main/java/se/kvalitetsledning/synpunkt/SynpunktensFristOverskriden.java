package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A deadline passed unmet; recorded once, when the reminder goes out. */
@Revision("1")
public record SynpunktensFristOverskriden(
        SynpunktId id,
        SynpunktFristtyp typ,
        Instant forfallen,
        Instant tid) {
}
