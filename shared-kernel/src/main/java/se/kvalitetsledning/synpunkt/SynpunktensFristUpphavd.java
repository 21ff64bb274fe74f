package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A deadline no longer applies (the synpunkt was closed, forwarded, or cannot be answered). */
@Revision("1")
public record SynpunktensFristUpphavd(
        SynpunktId id,
        SynpunktFristtyp typ,
        String anledning,
        Instant tid) {
}
