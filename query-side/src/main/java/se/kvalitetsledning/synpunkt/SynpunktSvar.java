package se.kvalitetsledning.synpunkt;

import java.util.List;

/** Maps the stored synpunkter to what queries answer. */
final class SynpunktSvar {

    private SynpunktSvar() {
    }

    static SynpunktDetaljer detaljer(SynpunktDokument d) {
        return new SynpunktDetaljer(d.id, d.referens, d.version, d.typ, d.kanal, enhet(d), d.status, d.mottagen,
                d.registrerad, d.registreradAv, d.vadHande, d.onskemal, d.kontakt, d.kvittens, d.handlaggare,
                d.utredning, d.svar, d.vidarebefordran, List.copyOf(d.eskaleringar), List.copyOf(d.frister),
                d.avslutad, List.copyOf(d.historik), List.copyOf(d.atgarder), d.atgarderFortsatterSkal);
    }

    static SynpunktRad rad(SynpunktDokument d) {
        return new SynpunktRad(d.id, d.referens, d.typ, d.kanal, enhet(d), d.status, d.mottagen, d.anonym,
                d.handlaggare, d.utredning != null, d.svar != null,
                d.frister.stream().filter(SynpunktFrist::loper).toList());
    }

    private static String enhet(SynpunktDokument d) {
        return SynpunktStatistik.UTAN_ENHET.equals(d.enhet) ? null : d.enhet;
    }
}
