package se.kvalitetsledning.atgard;

/** What the follow-up of a completed measure found. */
public enum Effektutfall {
    FICK_EFFEKT("Fick effekt"),
    DELVIS("Delvis effekt"),
    INGEN_EFFEKT("Ingen effekt");

    private final String benamning;

    Effektutfall(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
