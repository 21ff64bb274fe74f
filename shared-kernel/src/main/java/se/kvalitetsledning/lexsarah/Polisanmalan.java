package se.kvalitetsledning.lexsarah;

/** Whether the missförhållande needs a police report. */
public enum Polisanmalan {
    BEHOVS_INTE("Behövs inte"),
    OVERVAGS("Övervägs"),
    GJORD("Polisanmälan gjord");

    private final String benamning;

    Polisanmalan(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
