package se.kvalitetsledning.riskanalys;

import java.util.Set;

/**
 * Asks for the riskanalyser of the given enheter, the latest date first; {@code anledning} and {@code faststalld}
 * are optional (null). Answered with a list of {@link RiskanalysRad}.
 */
public record ListaRiskanalyser(Set<String> enheter, Anledning anledning, Boolean faststalld) {

    public ListaRiskanalyser {
        enheter = Set.copyOf(enheter);
    }
}
