package se.kvalitetsledning.infra.lexsarah;

import se.kvalitetsledning.infra.api.ArendeSaknas;
import se.kvalitetsledning.lexsarah.LexSarahId;

/** The case does not exist, or the actor may not see it: the two are answered alike. */
public class LexSarahSaknas extends ArendeSaknas {

    public LexSarahSaknas(LexSarahId id) {
        super("Lex Sarah-ärendet " + id + " finns inte eller så saknar du behörighet att se det");
    }
}
