package se.kvalitetsledning.lexsarah;

/** Whether someone was told about the missförhållande. */
public enum Informationsstatus {
    JA("Ja"),
    NEJ("Nej"),
    EJ_AKTUELLT("Ej aktuellt");

    private final String benamning;

    Informationsstatus(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
