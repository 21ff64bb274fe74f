package se.kvalitetsledning.infra.kvalitetsrad;

import se.kvalitetsledning.infra.api.ArendeSaknas;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteId;

public class KvalitetsradsmoteSaknas extends ArendeSaknas {

    public KvalitetsradsmoteSaknas(KvalitetsradsmoteId id) {
        super("Kvalitetsrådsmötet " + id + " finns inte");
    }
}
