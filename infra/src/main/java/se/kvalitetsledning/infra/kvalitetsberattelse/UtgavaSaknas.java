package se.kvalitetsledning.infra.kvalitetsberattelse;

import se.kvalitetsledning.infra.api.ArendeSaknas;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseId;

public class UtgavaSaknas extends ArendeSaknas {

    public UtgavaSaknas(KvalitetsberattelseId id, int utgava) {
        super("Kvalitetsberättelsen " + id + " har ingen utgåva " + utgava);
    }
}
