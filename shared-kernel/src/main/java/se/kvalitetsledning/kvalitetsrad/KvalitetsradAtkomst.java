package se.kvalitetsledning.kvalitetsrad;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Roll;

/** The council is the kvalitetssamordnare's and ledning's: they hold, record and read its meetings. */
public final class KvalitetsradAtkomst {

    private KvalitetsradAtkomst() {
    }

    public static boolean far(Aktor aktor) {
        return aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING);
    }
}
