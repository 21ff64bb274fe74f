package se.kvalitetsledning.infra.egenkontroll;

import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.infra.api.ArendeSaknas;

public class EgenkontrollSaknas extends ArendeSaknas {

    public EgenkontrollSaknas(EgenkontrollId id) {
        super("Egenkontrollen " + id + " finns inte eller så saknar du behörighet att se den");
    }
}
