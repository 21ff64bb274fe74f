package se.kvalitetsledning.atgard;

import java.util.List;

/** Maps the stored åtgärd to what queries answer. */
final class AtgardSvar {

    private AtgardSvar() {
    }

    static AtgardDetaljer detaljer(AtgardDokument d) {
        return new AtgardDetaljer(d.id, d.version, d.titel, d.beskrivning, d.typ, d.kvalitetsomraden,
                List.copyOf(d.enheter), d.agare, d.forfallodatum, d.forvantadEffekt, d.matning, d.prioritet, d.status,
                List.copyOf(d.kallor), d.foreslagenAv, d.foreslagen, d.beslutadAv, d.beslutad, d.genomford,
                d.genomfordKommentar, d.effekt, d.avskrivenSkal, List.copyOf(d.flyttningar), List.copyOf(d.historik));
    }

    static AtgardRad rad(AtgardDokument d) {
        return new AtgardRad(d.id, d.titel, d.typ, d.kvalitetsomraden, List.copyOf(d.enheter), d.agare,
                d.forfallodatum, d.prioritet, d.status, List.copyOf(d.kallor),
                d.effekt == null ? null : d.effekt.utfall());
    }
}
