package se.kvalitetsledning.atgard;

/** What kind of thing an åtgärd came from. */
public enum Kalltyp {
    AVVIKELSE("Avvikelse"),
    LEX_SARAH("Lex Sarah"),
    SYNPUNKT("Synpunkt eller klagomål"),
    EGENKONTROLL("Egenkontroll"),
    RISK("Risk"),
    KVALITETSRAD("Kvalitetsråd");

    private final String benamning;

    Kalltyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
