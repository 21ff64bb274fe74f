package se.kvalitetsledning.indikator;

/**
 * Where an indikator's monthly values come from: entered by hand (a caseload, a share of court rulings), or computed
 * from the system's own events by the read side.
 */
public enum Indikatorkalla {
    MANUELL("Registreras för hand"),
    AVVIKELSER_HANDLAGGNINGSTID("Avvikelsernas handläggningstid i dagar (median)"),
    EGENKONTROLLER_GENOMFORDA("Genomförda egenkontroller"),
    SYNPUNKTER_BESVARADE_I_TID("Synpunkter besvarade i tid (%)");

    private final String benamning;

    Indikatorkalla(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }

    public boolean manuell() {
        return this == MANUELL;
    }
}
