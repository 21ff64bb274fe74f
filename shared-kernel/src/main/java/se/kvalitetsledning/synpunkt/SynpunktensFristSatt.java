package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A deadline of the synpunkt starts to run. */
@Revision("1")
public record SynpunktensFristSatt(
        SynpunktId id,
        SynpunktFristtyp typ,
        Instant forfaller) {
}
