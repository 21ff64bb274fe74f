package se.kvalitetsledning.avvikelse;

/** The cause areas an investigation points to. */
public enum Orsaksomrade {
    KOMMUNIKATION_INFORMATION("Kommunikation/information"),
    OMGIVNING_ORGANISATION("Omgivning/organisation"),
    PROCEDURER_RUTINER_RIKTLINJER("Procedurer/rutiner/riktlinjer"),
    TEKNIK_UTRUSTNING("Teknik/utrustning"),
    MANNISKA("Människa (kunskap/kompetens)");

    private final String benamning;

    Orsaksomrade(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
