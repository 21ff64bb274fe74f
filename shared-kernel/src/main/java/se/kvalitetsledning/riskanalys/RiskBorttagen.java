package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** Risk {@code risk} was removed before the analysis was fastställd. */
@Revision("1")
public record RiskBorttagen(
        RiskanalysId id,
        RiskId risk,
        Anvandare av,
        Instant tid) {
}
