package se.kvalitetsledning.avvikelse;

public enum AvvikelseStatus {
    REGISTRERAD("Registrerad"),
    UNDER_HANDLAGGNING("Under handläggning"),
    AVSLUTAD("Avslutad");

    private final String benamning;

    AvvikelseStatus(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
