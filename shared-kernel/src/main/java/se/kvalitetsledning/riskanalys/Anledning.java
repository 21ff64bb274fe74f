package se.kvalitetsledning.riskanalys;

/** Why a riskanalys is made: continuously, before a change (5 kap 1 §), or after something happened. */
public enum Anledning {
    LOPANDE("Löpande"),
    INFOR_ORGANISATIONSFORANDRING("Inför organisationsförändring"),
    INFOR_ANDRAD_BEMANNING("Inför ändrad bemanning"),
    INFOR_NYA_ARBETSSATT("Inför nya arbetssätt"),
    EFTER_AVVIKELSE("Efter avvikelse"),
    EFTER_LEX_SARAH("Efter lex Sarah"),
    EFTER_SYNPUNKT("Efter synpunkt eller klagomål"),
    EFTER_EGENKONTROLL("Efter egenkontroll"),
    ANNAN("Annan");

    private final String benamning;

    Anledning(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
