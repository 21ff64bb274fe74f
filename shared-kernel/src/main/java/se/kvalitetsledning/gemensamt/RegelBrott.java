package se.kvalitetsledning.gemensamt;

/** A command refused by a business rule; the message is Swedish and names the rule. */
public class RegelBrott extends RuntimeException {

    public RegelBrott(String meddelande) {
        super(meddelande);
    }
}
