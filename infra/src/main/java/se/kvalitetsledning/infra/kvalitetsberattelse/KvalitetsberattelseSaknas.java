package se.kvalitetsledning.infra.kvalitetsberattelse;

import se.kvalitetsledning.infra.api.ArendeSaknas;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseId;

public class KvalitetsberattelseSaknas extends ArendeSaknas {

    public KvalitetsberattelseSaknas(KvalitetsberattelseId id) {
        super("Kvalitetsberättelsen " + id + " finns inte");
    }
}
