package se.kvalitetsledning.atgard;

/** How urgent a measure is. */
public enum Prioritet {
    HOG("Hög"),
    MEDEL("Medel"),
    LAG("Låg");

    private final String benamning;

    Prioritet(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
