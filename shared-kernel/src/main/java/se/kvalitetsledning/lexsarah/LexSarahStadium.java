package se.kvalitetsledning.lexsarah;

/** Where a case stands: received, under investigation, assessed, closed. */
public enum LexSarahStadium {
    MOTTAGEN("Mottagen"),
    UNDER_UTREDNING("Under utredning"),
    BEDOMD("Bedömd"),
    AVSLUTAD("Avslutad");

    private final String benamning;

    LexSarahStadium(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
