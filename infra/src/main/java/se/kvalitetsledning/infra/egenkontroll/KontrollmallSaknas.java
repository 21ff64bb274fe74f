package se.kvalitetsledning.infra.egenkontroll;

import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.infra.api.ArendeSaknas;

public class KontrollmallSaknas extends ArendeSaknas {

    public KontrollmallSaknas(KontrollmallId id) {
        super("Kontrollmallen " + id + " finns inte");
    }
}
