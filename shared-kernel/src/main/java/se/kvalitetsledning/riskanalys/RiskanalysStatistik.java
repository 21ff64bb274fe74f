package se.kvalitetsledning.riskanalys;

import java.util.List;

import se.kvalitetsledning.gemensamt.Riskfarg;

/**
 * The counters of a year for the monthly summary and the kvalitetsberättelse: risks identified in the year by the
 * colour the analysis gave them (removed ones not counted), analyses dated in the year by anledning, and the reviews
 * done in the year; per enhet, only rows that count something.
 */
public record RiskanalysStatistik(
        List<Riskrakning> risker,
        List<Analysrakning> analyser,
        List<Granskningsrakning> granskningar) {

    public record Riskrakning(String enhet, int ar, Riskfarg farg, long antal) {
    }

    public record Analysrakning(String enhet, int ar, Anledning anledning, long antal) {
    }

    public record Granskningsrakning(String enhet, int ar, long antal) {
    }
}
