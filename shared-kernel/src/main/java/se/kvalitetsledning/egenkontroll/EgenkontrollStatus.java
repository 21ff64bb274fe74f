package se.kvalitetsledning.egenkontroll;

/** Where a check stands: planned, being performed, performed with a result, or cancelled with a reason. */
public enum EgenkontrollStatus {
    PLANERAD("Planerad"),
    PAGAR("Pågår"),
    GENOMFORD("Genomförd"),
    STALLD_IN("Inställd");

    private final String benamning;

    EgenkontrollStatus(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
