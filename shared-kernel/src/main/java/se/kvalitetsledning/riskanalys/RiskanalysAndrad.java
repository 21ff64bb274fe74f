package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The analysis now says {@code uppgifter}, whole. */
@Revision("1")
public record RiskanalysAndrad(
        RiskanalysId id,
        Riskanalysuppgifter uppgifter,
        Anvandare av,
        Instant tid) {
}
