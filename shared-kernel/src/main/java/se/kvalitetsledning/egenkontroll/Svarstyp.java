package se.kvalitetsledning.egenkontroll;

/** How a question is answered. */
public enum Svarstyp {
    JA_NEJ_EJ_AKTUELLT("Ja / Nej / Ej aktuellt"),
    TAL("Tal"),
    FRITEXT("Fritext");

    private final String benamning;

    Svarstyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
