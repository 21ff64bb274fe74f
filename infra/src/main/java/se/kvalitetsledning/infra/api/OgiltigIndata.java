package se.kvalitetsledning.infra.api;

/** Input that is well-formed but refers to something unknown or not allowed, e.g. a retired category. */
public class OgiltigIndata extends RuntimeException {

    private final String falt;

    public OgiltigIndata(String falt, String meddelande) {
        super(meddelande);
        this.falt = falt;
    }

    public String falt() {
        return falt;
    }
}
