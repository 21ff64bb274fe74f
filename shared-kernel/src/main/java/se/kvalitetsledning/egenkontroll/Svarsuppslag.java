package se.kvalitetsledning.egenkontroll;

/** The latest answer to a question for a sample item, or null while it has none. */
@FunctionalInterface
public interface Svarsuppslag {

    Svar svar(String post, FragaId fraga);
}
