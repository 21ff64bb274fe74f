package se.kvalitetsledning.synpunkt;

/** What the sender gives: a comment, a complaint, praise or a suggestion. */
public enum Synpunktstyp {
    SYNPUNKT("Synpunkt"),
    KLAGOMAL("Klagomål"),
    BEROM("Beröm"),
    FORSLAG("Förslag");

    private final String benamning;

    Synpunktstyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
