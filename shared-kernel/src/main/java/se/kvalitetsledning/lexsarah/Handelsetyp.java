package se.kvalitetsledning.lexsarah;

/** What kind of missförhållande a rapport concerns; a case may concern several. */
public enum Handelsetyp {
    FYSISKT_OVERGREPP("Fysiskt övergrepp"),
    PSYKISKT_OVERGREPP("Psykiskt övergrepp"),
    OMSORGSSVIKT("Omsorgssvikt"),
    EKONOMISKT_OVERGREPP("Ekonomiskt övergrepp"),
    BEMOTANDE_INTEGRITET("Bemötande och integritet"),
    RATTSSAKERHET("Rättssäkerhet"),
    ANNAT("Annat");

    private final String benamning;

    Handelsetyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
