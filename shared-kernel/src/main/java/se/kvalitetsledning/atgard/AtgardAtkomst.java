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

    /**
     * One enhet: its handlers, kvalitetssamordnare and ledning lead its åtgärder, each only for enheter they belong to
     * (those whose åtgärder they can also read).
     */
    public static boolean farLeda(Aktor aktor, EnhetId enhet) {
        return aktor.tillhor(enhet)
                && (aktor.har(Roll.HANDLAGGARE) || aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING));
    }

    public static boolean farArbeta(Aktor aktor, Anvandare agare, Collection<EnhetId> enheter) {
        return aktor.anvandare().anvandarnamn().equals(agare.anvandarnamn()) || farLeda(aktor, enheter);
    }
}
