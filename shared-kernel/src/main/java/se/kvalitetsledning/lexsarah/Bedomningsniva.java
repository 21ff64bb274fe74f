package se.kvalitetsledning.lexsarah;

/** The five levels of the assessment (SOSFS 2011:5); the two most serious require an anmälan to IVO. */
public enum Bedomningsniva {
    INGET_MISSFORHALLANDE("Inget missförhållande", false),
    PATAGLIG_RISK_FOR_MISSFORHALLANDE("Påtaglig risk för missförhållande", false),
    MISSFORHALLANDE("Missförhållande", false),
    PATAGLIG_RISK_FOR_ALLVARLIGT_MISSFORHALLANDE("Påtaglig risk för allvarligt missförhållande", true),
    ALLVARLIGT_MISSFORHALLANDE("Allvarligt missförhållande", true);

    private final String benamning;
    private final boolean kraverAnmalan;

    Bedomningsniva(String benamning, boolean kraverAnmalan) {
        this.benamning = benamning;
        this.kraverAnmalan = kraverAnmalan;
    }

    public String benamning() {
        return benamning;
    }

    public boolean kraverAnmalan() {
        return kraverAnmalan;
    }
}
