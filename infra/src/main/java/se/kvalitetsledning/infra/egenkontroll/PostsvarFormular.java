package se.kvalitetsledning.infra.egenkontroll;

import java.util.HashMap;
import java.util.Map;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/**
 * The answers to one sample item's questions as the form sends them, by question id: an alternative's name
 * (JA, NEJ, EJ_AKTUELLT), a number or a text; an empty field leaves the question as it was.
 */
public class PostsvarFormular extends HandlaggningFormular {

    private Map<String, String> svar = new HashMap<>();

    public Map<String, String> getSvar() {
        return svar;
    }

    public void setSvar(Map<String, String> svar) {
        this.svar = svar;
    }
}
