package se.kvalitetsledning.infra.api;

/**
 * A case that does not exist, or that the actor may not see: the two are answered alike (404), so a refusal does not
 * reveal that a case exists.
 */
public class ArendeSaknas extends RuntimeException {

    public ArendeSaknas(String meddelande) {
        super(meddelande);
    }
}
