package se.kvalitetsledning.lexsarah;

import java.util.List;

/** Maps the stored case to what queries answer. */
final class LexSarahSvar {

    private LexSarahSvar() {
    }

    static LexSarahDetaljer detaljer(LexSarahDokument d) {
        return new LexSarahDetaljer(d.id, d.version, d.enhet, d.stadium, d.intraffade, d.mottagen, d.registrerad,
                d.rapportsatt, d.rapportor, d.rapportorNamn, d.registreradAv, d.franAvvikelse, d.franSynpunkt,
                d.beskrivning,
                d.brukarreferens, d.handelsetyper, d.barnBerort, d.utredare, List.copyOf(d.omedelbaraAtgarder),
                d.omedelbaraAtgarderEjBehovligaSkal, d.utredning, List.copyOf(d.bedomningar), d.anmalan,
                List.copyOf(d.kompletteringar), List.copyOf(d.frister), d.avslutad,
                List.copyOf(d.historik), List.copyOf(d.atgarder), d.atgarderFortsatterSkal);
    }

    static LexSarahRad rad(LexSarahDokument d) {
        var niva = d.bedomningar.isEmpty() ? null : d.bedomningar.get(d.bedomningar.size() - 1).niva();
        boolean saknarAtgarder = d.omedelbaraAtgarder.isEmpty() && d.omedelbaraAtgarderEjBehovligaSkal == null;
        return new LexSarahRad(d.id, d.enhet, d.mottagen, d.stadium, d.rapportsatt, d.utredare, niva,
                d.anmalan == null ? null : d.anmalan.skickad(), d.anmalan == null ? null : d.anmalan.diarienummer(),
                saknarAtgarder, d.utredning != null, d.frister.stream().filter(Frist::loper).toList(), d.avslutad);
    }

    static MinLexSarahRapport minRapport(LexSarahDokument d) {
        return new MinLexSarahRapport(d.id, d.enhet, d.mottagen, d.registrerad, d.rapportsatt,
                d.stadium == LexSarahStadium.AVSLUTAD);
    }
}
