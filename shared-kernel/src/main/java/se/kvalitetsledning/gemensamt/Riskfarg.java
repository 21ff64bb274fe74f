package se.kvalitetsledning.gemensamt;

/** The colour of a riskvärde as users see it. */
public enum Riskfarg {
    GRON("Grön"),
    GUL("Gul"),
    ROD("Röd");

    private final String benamning;

    Riskfarg(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
