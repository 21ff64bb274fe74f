package se.kvalitetsledning.avvikelse;

/** The underlying causes an investigation can name. */
public enum BakomliggandeOrsak {
    BRISTANDE_KOMMUNIKATION("Brister i kommunikation"),
    TIDSBRIST("Tidsbrist"),
    KUNSKAPSBRIST("Kunskapsbrist"),
    RUTIN_SAKNAS_ELLER_FOLJS_INTE("Rutin saknas eller följs inte"),
    TEKNISKT_FEL("Tekniskt fel"),
    ANNAN("Annan orsak");

    private final String benamning;

    BakomliggandeOrsak(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
