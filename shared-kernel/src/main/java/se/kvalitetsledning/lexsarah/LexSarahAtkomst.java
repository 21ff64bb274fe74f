package se.kvalitetsledning.lexsarah;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Who may do what with a lex Sarah case. The case is closed to the unit's other staff: only the förvaltning's
 * kvalitetssamordnare and ledning (whose enheter include the case's) and the assigned utredare see it; the reporter
 * sees only a receipt.
 */
public final class LexSarahAtkomst {

    private LexSarahAtkomst() {
    }

    /** Registers a rapport told orally, on the reporter's behalf. */
    public static boolean tarEmotMuntligaRapporter(Aktor aktor) {
        return aktor.har(Roll.HANDLAGGARE) || aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING);
    }

    /** Assigns the utredare and closes the case. */
    public static boolean farLeda(Aktor aktor, EnhetId enhet) {
        return (aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING)) && aktor.tillhor(enhet);
    }

    /** Investigates: records measures, documents the utredning. */
    public static boolean farUtreda(Aktor aktor, EnhetId enhet, Anvandare utredare) {
        return farLeda(aktor, enhet)
                || utredare != null && aktor.anvandare().anvandarnamn().equals(utredare.anvandarnamn());
    }

    /** Assesses the case and makes the anmälan to IVO. */
    public static boolean farBedoma(Aktor aktor, EnhetId enhet) {
        return aktor.har(Roll.LEDNING) && aktor.tillhor(enhet);
    }

    /** Reads the whole case. */
    public static boolean farLasa(Aktor aktor, EnhetId enhet, Anvandare utredare) {
        return farUtreda(aktor, enhet, utredare);
    }
}
