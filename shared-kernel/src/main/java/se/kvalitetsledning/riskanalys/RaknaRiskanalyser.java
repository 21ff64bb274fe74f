package se.kvalitetsledning.riskanalys;

import java.util.Set;

/** Asks for the counters of the year {@code ar} in the given enheter; answered with {@link RiskanalysStatistik}. */
public record RaknaRiskanalyser(Set<String> enheter, int ar) {

    public RaknaRiskanalyser {
        enheter = Set.copyOf(enheter);
    }
}
