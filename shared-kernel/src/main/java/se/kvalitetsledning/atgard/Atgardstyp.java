package se.kvalitetsledning.atgard;

/** Whether a measure corrects what happened, prevents a repeat or improves beyond both. */
public enum Atgardstyp {
    KORRIGERANDE("Korrigerande"),
    FOREBYGGANDE("Förebyggande"),
    FORBATTRANDE("Förbättrande");

    private final String benamning;

    Atgardstyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
