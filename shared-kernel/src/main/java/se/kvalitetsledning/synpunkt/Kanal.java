package se.kvalitetsledning.synpunkt;

/** How a synpunkt reached the provider. */
public enum Kanal {
    E_TJANST("E-tjänst"),
    TELEFON("Telefon"),
    BESOK("Besök"),
    BREV("Brev"),
    EPOST("E-post"),
    IVO("Från IVO"),
    PATIENTNAMNDEN("Från patientnämnden");

    private final String benamning;

    Kanal(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
