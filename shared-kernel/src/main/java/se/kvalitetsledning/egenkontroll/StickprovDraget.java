package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The check's sample: population size, the chosen items and the seed of the draw (none for the whole population). */
@Revision("1")
public record StickprovDraget(
        EgenkontrollId id,
        Stickprov stickprov,
        Anvandare av,
        Instant tid) {
}
