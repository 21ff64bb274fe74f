package se.kvalitetsledning.infra.atgard;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.infra.api.ArendeSaknas;

/** The åtgärd does not exist. */
public class AtgardSaknas extends ArendeSaknas {

    public AtgardSaknas(AtgardId id) {
        super("Åtgärden " + id + " finns inte");
    }
}
