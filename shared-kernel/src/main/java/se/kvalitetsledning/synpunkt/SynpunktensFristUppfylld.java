package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A deadline was met. */
@Revision("1")
public record SynpunktensFristUppfylld(
        SynpunktId id,
        SynpunktFristtyp typ,
        Instant tid) {
}
