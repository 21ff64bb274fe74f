package se.kvalitetsledning.synpunkt;

/** Where a synpunkt stands; forwarding to another provider or authority is an outcome of its own. */
public enum SynpunktStatus {
    REGISTRERAD("Registrerad"),
    KVITTERAD("Kvitterad"),
    TILLDELAD("Tilldelad"),
    UTREDD("Utredd"),
    BESVARAD("Besvarad"),
    AVSLUTAD("Avslutad"),
    VIDAREBEFORDRAD("Vidarebefordrad");

    private final String benamning;

    SynpunktStatus(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
