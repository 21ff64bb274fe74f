package se.kvalitetsledning.synpunkt;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * Who handles and reads a synpunkt: the unit's handlers, kvalitetssamordnare and the unit's ledning. One whose enhet
 * the sender did not know is for kvalitetssamordnare and ledning until it is given to an enhet.
 */
public final class SynpunktAtkomst {

    private SynpunktAtkomst() {
    }

    public static boolean farHandlagga(Aktor aktor, EnhetId enhet) {
        return enhet == null
                ? aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING)
                : aktor.farHandlagga(enhet) || (aktor.har(Roll.LEDNING) && aktor.tillhor(enhet));
    }

    /** Registers what came by phone, visit, letter or e-mail: anyone who handles synpunkter somewhere. */
    public static boolean farRegistrera(Aktor aktor) {
        return aktor.har(Roll.HANDLAGGARE) || aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING);
    }
}
