package se.kvalitetsledning.riskanalys;

import java.time.LocalDate;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.gemensamt.Riskfarg;

/**
 * One open risk in an enhet's register: its assessment now (the latest review's, or the analysis's), the date it is
 * next reviewed and whether that date has passed.
 */
public record Registerrisk(
        String analys,
        String risk,
        String enhet,
        String process,
        boolean faststalld,
        String beskrivning,
        Riskbedomning bedomning,
        LocalDate nastaGranskning,
        boolean granskningForsenad,
        Kalla kalla) {

    public int riskvarde() {
        return bedomning.riskvarde();
    }

    public Riskfarg farg() {
        return bedomning.farg();
    }
}
