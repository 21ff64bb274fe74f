package se.kvalitetsledning.riskanalys;

import java.util.Set;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Who may do what with a riskanalys: a kvalitetssamordnare, or a handläggare or ledning of the enhet, leads it
 * (starts it, changes its scope, reviews its risks); they and its team work on its risks; a kvalitetssamordnare or the
 * enhet's ledning fastställer it.
 */
public final class RiskanalysAtkomst {

    private RiskanalysAtkomst() {
    }

    public static boolean farLeda(Aktor aktor, EnhetId enhet) {
        return aktor.har(Roll.KVALITETSSAMORDNARE)
                || (aktor.tillhor(enhet) && (aktor.har(Roll.HANDLAGGARE) || aktor.har(Roll.LEDNING)));
    }

    public static boolean farArbeta(Aktor aktor, EnhetId enhet, Set<Anvandare> team) {
        return farLeda(aktor, enhet)
                || team.stream().anyMatch(a -> a.anvandarnamn().equals(aktor.anvandare().anvandarnamn()));
    }

    public static boolean farFaststalla(Aktor aktor, EnhetId enhet) {
        return aktor.har(Roll.KVALITETSSAMORDNARE) || (aktor.har(Roll.LEDNING) && aktor.tillhor(enhet));
    }
}
