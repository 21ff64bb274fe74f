package se.kvalitetsledning.atgard;

/**
 * Where an åtgärd stands. It is open until it is carried out or written off: an open åtgärd is what keeps its sources
 * from closing unnoticed.
 */
public enum AtgardStatus {
    FORESLAGEN("Föreslagen", true),
    BESLUTAD("Beslutad", true),
    PAGAENDE("Pågående", true),
    GENOMFORD("Genomförd", false),
    EFFEKT_UTVARDERAD("Effekt utvärderad", false),
    AVSKRIVEN("Avskriven", false);

    private final String benamning;
    private final boolean oppen;

    AtgardStatus(String benamning, boolean oppen) {
        this.benamning = benamning;
        this.oppen = oppen;
    }

    public String benamning() {
        return benamning;
    }

    public boolean oppen() {
        return oppen;
    }
}
