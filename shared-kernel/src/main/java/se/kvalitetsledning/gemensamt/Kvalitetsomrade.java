package se.kvalitetsledning.gemensamt;

/** The six quality areas of Socialstyrelsen and SKR that every case can be tagged with. */
public enum Kvalitetsomrade {
    TRYGGHET_OCH_SAKERHET("Trygghet och säkerhet"),
    SJALVBESTAMMANDE_OCH_INTEGRITET("Självbestämmande och integritet"),
    TILLGANGLIGHET("Tillgänglighet"),
    HELHETSSYN_OCH_SAMORDNING("Helhetssyn och samordning"),
    KUNSKAPSBASERAD_VERKSAMHET("Kunskapsbaserad verksamhet"),
    EFFEKTIVITET("Effektivitet");

    private final String benamning;

    Kvalitetsomrade(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
