package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** Risk {@code risk} was added with these uppgifter. */
@Revision("1")
public record RiskTillagd(
        RiskanalysId id,
        RiskId risk,
        Riskuppgifter uppgifter,
        Anvandare av,
        Instant tid) {
}
