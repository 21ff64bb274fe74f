package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** Risk {@code risk} now says {@code uppgifter}, whole. */
@Revision("1")
public record RiskAndrad(
        RiskanalysId id,
        RiskId risk,
        Riskuppgifter uppgifter,
        Anvandare av,
        Instant tid) {
}
