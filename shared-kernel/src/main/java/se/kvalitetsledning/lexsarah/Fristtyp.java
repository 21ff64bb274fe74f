package se.kvalitetsledning.lexsarah;

/** The deadlines of a lex Sarah case, each set by an event and met by another. */
public enum Fristtyp {
    OMEDELBARA_ATGARDER("Omedelbara åtgärder"),
    UTREDNING_PABORJAD("Utredningen påbörjad"),
    ANMALAN_TILL_IVO("Anmälan till IVO");

    private final String benamning;

    Fristtyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
