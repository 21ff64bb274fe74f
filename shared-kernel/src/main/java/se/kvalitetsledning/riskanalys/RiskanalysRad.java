package se.kvalitetsledning.riskanalys;

import java.time.LocalDate;

/**
 * One riskanalys in a list: its open risks and the highest riskvärde among them (null without open risks).
 */
public record RiskanalysRad(
        String id,
        Anledning anledning,
        String enhet,
        String process,
        LocalDate datum,
        boolean faststalld,
        int oppnaRisker,
        Integer hogstaRiskvarde) {
}
