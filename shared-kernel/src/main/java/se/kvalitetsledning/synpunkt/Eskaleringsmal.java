package se.kvalitetsledning.synpunkt;

/** What a synpunkt can be escalated into when it reveals more than a complaint. */
public enum Eskaleringsmal {
    LEX_SARAH("Lex Sarah-rapport"),
    AVVIKELSE("Avvikelse");

    private final String benamning;

    Eskaleringsmal(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
