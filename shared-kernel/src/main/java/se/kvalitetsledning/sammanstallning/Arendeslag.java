package se.kvalitetsledning.sammanstallning;

/** The kinds of case the monthly summary follows from receipt to closing. */
public enum Arendeslag {
    AVVIKELSE("Avvikelser"),
    LEX_SARAH("Lex Sarah-rapporter"),
    SYNPUNKT("Synpunkter och klagomål");

    private final String benamning;

    Arendeslag(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
