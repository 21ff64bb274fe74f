package se.kvalitetsledning.atgard;

import java.util.Collection;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Who may do what with an åtgärd: those who handle every enhet it concerns, or lead them all, propose, decide, write
 * off and link it; its owner works it (begins, completes, evaluates, moves the due date), as do they.
 */
public final class AtgardAtkomst {

    private AtgardAtkomst() {
    }

    public static boolean farLeda(Aktor aktor, Collection<EnhetId> enheter) {
        return !enheter.isEmpty() && enheter.stream().allMatch(e -> farLeda(aktor, e));
    }

    /** One enhet: an åtgärd concerning only enheter like this one is the actor's to lead. */
    public static boolean farLeda(Aktor aktor, EnhetId enhet) {
        return aktor.farHandlagga(enhet) || (aktor.har(Roll.LEDNING) && aktor.tillhor(enhet));
    }

    public static boolean farArbeta(Aktor aktor, Anvandare agare, Collection<EnhetId> enheter) {
        return aktor.anvandare().anvandarnamn().equals(agare.anvandarnamn()) || farLeda(aktor, enheter);
    }
}
