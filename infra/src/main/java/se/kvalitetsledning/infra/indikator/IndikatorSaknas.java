package se.kvalitetsledning.infra.indikator;

import se.kvalitetsledning.indikator.IndikatorId;
import se.kvalitetsledning.infra.api.ArendeSaknas;

public class IndikatorSaknas extends ArendeSaknas {

    public IndikatorSaknas(IndikatorId id) {
        super("Indikatorn " + id + " finns inte eller så saknar du behörighet att se den");
    }
}
