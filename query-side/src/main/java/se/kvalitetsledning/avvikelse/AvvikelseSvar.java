package se.kvalitetsledning.avvikelse;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Klassificering;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** Turns the stored case into what each reader may see, and words the timeline's details. */
final class AvvikelseSvar {

    private static final int KORT_TEXT = 120;

    private AvvikelseSvar() {
    }

    static AvvikelseDetaljer detaljer(AvvikelseDokument d) {
        return new AvvikelseDetaljer(d.id, d.version, d.enhet, d.intraffade, d.registrerad, d.plats,
                d.beskrivning, d.omedelbaraAtgarder, d.konsekvensForPerson, d.foreslagenKategori,
                d.brukarreferens, d.mojligtMissforhallande, d.missforhallandeBesked, d.eskaleradTillLexSarah,
                d.franSynpunkt, d.rapportor, d.handlaggare,
                d.status, d.klassificering, d.utredning, d.beslutadeAtgarder, d.aterkoppling,
                d.uteblivenAterkopplingSkal, d.historik == null ? List.of() : List.copyOf(d.historik),
                d.atgarder == null ? List.of() : List.copyOf(d.atgarder), d.atgarderFortsatterSkal);
    }

    static AvvikelseSida.Rad rad(AvvikelseDokument d) {
        return new AvvikelseSida.Rad(d.id, d.enhet, d.intraffade, kort(d.beskrivning), d.kategori, d.status,
                d.riskfarg, d.handlaggare == null ? null : d.handlaggare.namn(), d.vantarPaLexSarahBesked());
    }

    /** The reporter sees status and feedback, never the investigation. */
    static MinRapport minRapport(AvvikelseDokument d) {
        return new MinRapport(d.id, d.enhet, d.intraffade, d.registrerad, d.beskrivning, d.status,
                d.aterkoppling);
    }

    static String beskriv(Klassificering k, String kategorinamn) {
        var omraden = k.kvalitetsomraden().stream()
                .sorted()
                .map(Kvalitetsomrade::benamning)
                .collect(Collectors.joining(", "));
        return "Kategori %s; %s; riskvärde %d (%s)".formatted(kategorinamn, omraden, k.riskvarde(),
                k.farg().benamning());
    }

    static String beskriv(Collection<Orsaksomrade> orsaksomraden) {
        if (orsaksomraden == null || orsaksomraden.isEmpty()) {
            return null;
        }
        return orsaksomraden.stream().sorted().map(Orsaksomrade::benamning).collect(Collectors.joining(", "));
    }

    static String kort(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var rad = text.strip().replaceAll("\\s+", " ");
        return rad.length() <= KORT_TEXT ? rad : rad.substring(0, KORT_TEXT - 1) + "…";
    }
}
