package se.kvalitetsledning.infra.synpunkt;

import se.kvalitetsledning.infra.api.ArendeSaknas;
import se.kvalitetsledning.synpunkt.SynpunktId;

public class SynpunktSaknas extends ArendeSaknas {

    public SynpunktSaknas(SynpunktId id) {
        super("Synpunkten " + id + " finns inte eller så saknar du behörighet att se den");
    }
}
