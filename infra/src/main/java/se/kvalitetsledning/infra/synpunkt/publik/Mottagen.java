package se.kvalitetsledning.infra.synpunkt.publik;

import se.kvalitetsledning.synpunkt.SynpunktId;

/** The answer to a sent synpunkt: its id and the reference the sender quotes. */
record Mottagen(String id, String referens) {

    static Mottagen av(SynpunktId id) {
        return new Mottagen(id.toString(), id.referens());
    }
}
