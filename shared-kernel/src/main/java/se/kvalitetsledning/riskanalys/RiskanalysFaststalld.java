package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** The analysis was fastställd: what it says and its risks' assessments are final. */
@Revision("1")
public record RiskanalysFaststalld(
        RiskanalysId id,
        Anvandare av,
        Instant tid) {
}
