package se.kvalitetsledning.synpunkt;

/** The service levels a synpunkt is handled on. */
public enum SynpunktFristtyp {
    KVITTENS("Kvittens till avsändaren"),
    HANDLAGGARE("Handläggare utsedd"),
    SVAR("Svar till avsändaren");

    private final String benamning;

    SynpunktFristtyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
