package se.kvalitetsledning.lexsarah;

/** How a rapport reached the provider. */
public enum Rapportsatt {
    /** Filed by the reporter in the system. */
    SKRIFTLIG("Skriftlig"),
    /** Told to someone who registered it on the reporter's behalf. */
    MUNTLIG("Muntlig"),
    /** A handler escalated an avvikelse. */
    FRAN_AVVIKELSE("Från avvikelse"),
    /** A handler escalated a synpunkt or klagomål. */
    FRAN_SYNPUNKT("Från synpunkt");

    private final String benamning;

    Rapportsatt(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
