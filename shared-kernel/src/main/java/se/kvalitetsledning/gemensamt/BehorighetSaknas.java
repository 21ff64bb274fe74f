package se.kvalitetsledning.gemensamt;

/** A command refused because the actor's roles or enheter do not allow it. */
public class BehorighetSaknas extends RuntimeException {

    public BehorighetSaknas(String meddelande) {
        super(meddelande);
    }
}
