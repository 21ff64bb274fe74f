package se.kvalitetsledning.egenkontroll;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Who may do what with kontrollmallar and egenkontroller: kvalitetssamordnare (and admin) keep the templates; a
 * kvalitetssamordnare, or a handläggare or ledning of the enhet, plans a check; they and the check's responsible
 * person lead it (start, sample, complete); anyone of the enhet may answer, since audits are done by its staff.
 */
public final class EgenkontrollAtkomst {

    private EgenkontrollAtkomst() {
    }

    public static boolean farForvaltaMallar(Aktor aktor) {
        return aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.ADMIN);
    }

    public static boolean farPlanera(Aktor aktor, EnhetId enhet) {
        return aktor.har(Roll.KVALITETSSAMORDNARE)
                || (aktor.tillhor(enhet) && (aktor.har(Roll.HANDLAGGARE) || aktor.har(Roll.LEDNING)));
    }

    public static boolean farLeda(Aktor aktor, EnhetId enhet, Anvandare ansvarig) {
        return farPlanera(aktor, enhet) || aktor.anvandare().anvandarnamn().equals(ansvarig.anvandarnamn());
    }

    public static boolean farSvara(Aktor aktor, EnhetId enhet, Anvandare ansvarig) {
        return farLeda(aktor, enhet, ansvarig) || aktor.tillhor(enhet);
    }
}
