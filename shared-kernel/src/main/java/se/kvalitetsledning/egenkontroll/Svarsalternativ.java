package se.kvalitetsledning.egenkontroll;

/** The answer to a Ja / Nej / Ej aktuellt question; Ej aktuellt leaves the item out of the question's share. */
public enum Svarsalternativ {
    JA("Ja"),
    NEJ("Nej"),
    EJ_AKTUELLT("Ej aktuellt");

    private final String benamning;

    Svarsalternativ(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
