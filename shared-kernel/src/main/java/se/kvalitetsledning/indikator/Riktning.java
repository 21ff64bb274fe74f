package se.kvalitetsledning.indikator;

/** Which way an indikator's value is better. */
public enum Riktning {
    LAGRE_AR_BATTRE("Lägre är bättre"),
    HOGRE_AR_BATTRE("Högre är bättre");

    private final String benamning;

    Riktning(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
