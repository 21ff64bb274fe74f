package se.kvalitetsledning.atgard;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The åtgärd also addresses another source (e.g. one routine for five similar avvikelser). */
@Revision("1")
public record AtgardensKallaTillagd(
        AtgardId id,
        Kalla kalla,
        Anvandare av,
        Instant tid) {
}
