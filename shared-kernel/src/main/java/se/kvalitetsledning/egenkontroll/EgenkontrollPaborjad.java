package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The check was started with this template version, carried whole: its questions and light are fixed from here. */
@Revision("1")
public record EgenkontrollPaborjad(
        EgenkontrollId id,
        Mallversion mallversion,
        Anvandare av,
        Instant tid) {
}
