package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** A riskanalys was started with these uppgifter. */
@Revision("1")
public record RiskanalysInledd(
        RiskanalysId id,
        Riskanalysuppgifter uppgifter,
        Anvandare av,
        Instant tid) {
}
