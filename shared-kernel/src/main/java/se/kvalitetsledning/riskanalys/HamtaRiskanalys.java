package se.kvalitetsledning.riskanalys;

/** Asks for one whole riskanalys; answered with {@link RiskanalysDetaljer}, or null when there is none. */
public record HamtaRiskanalys(RiskanalysId id) {
}
