package se.kvalitetsledning.egenkontroll;

/**
 * The colour of a result as the seed reviews grade findings: grön a good example to spread, gul needs development,
 * röd a deficiency to remedy.
 */
public enum Trafikljus {
    GRON("Grön"),
    GUL("Gul"),
    ROD("Röd");

    private final String benamning;

    Trafikljus(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }

    /** Gul and röd results are brister: findings that need an åtgärd. */
    public boolean brist() {
        return this != GRON;
    }
}
