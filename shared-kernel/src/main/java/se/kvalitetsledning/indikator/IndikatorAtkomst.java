package se.kvalitetsledning.indikator;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

/** Who may define an enhet's indikatorer and who may enter their monthly values. */
public final class IndikatorAtkomst {

    private IndikatorAtkomst() {
    }

    /** An admin, or a kvalitetssamordnare of the enhet, sets its goals. */
    public static boolean farDefiniera(Aktor aktor, EnhetId enhet) {
        return aktor.har(Roll.ADMIN) || (aktor.har(Roll.KVALITETSSAMORDNARE) && aktor.tillhor(enhet));
    }

    /** The enhet's kvalitetssamordnare, ledning and handläggare enter the values counted by hand. */
    public static boolean farRegistrera(Aktor aktor, EnhetId enhet) {
        return aktor.tillhor(enhet) && (aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING)
                || aktor.har(Roll.HANDLAGGARE));
    }
}
