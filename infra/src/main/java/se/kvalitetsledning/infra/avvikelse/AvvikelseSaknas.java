package se.kvalitetsledning.infra.avvikelse;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.infra.api.ArendeSaknas;

/** The avvikelse does not exist, or the actor may not see it: the two are answered alike. */
public class AvvikelseSaknas extends ArendeSaknas {

    public AvvikelseSaknas(AvvikelseId id) {
        super("Avvikelsen " + id + " finns inte eller så saknar du behörighet att se den");
    }
}
