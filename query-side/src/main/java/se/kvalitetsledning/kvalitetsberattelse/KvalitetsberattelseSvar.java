package se.kvalitetsledning.kvalitetsberattelse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer.Avsnittsvy;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer.Tabellvy;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer.TidigareUtgava;

/** The answers built from the documents: every section in the regulation's order, even one without tables. */
final class KvalitetsberattelseSvar {

    private KvalitetsberattelseSvar() {
    }

    static KvalitetsberattelseDetaljer detaljer(KvalitetsberattelseDokument d) {
        List<TidigareUtgava> tidigare = d.tidigare.stream()
                .map(u -> new TidigareUtgava(u.utgava, u.innehall.omfangsnamn(), u.faststalldAv, u.faststalldTid,
                        u.ersattesEftersom, avsnitt(u.innehall, u.texter, u.kommentarer)))
                .toList();
        return new KvalitetsberattelseDetaljer(d.id, d.version, d.ar, d.omfang, d.innehall.omfangsnamn(), d.utgava,
                d.faststalld, d.skapadAv, d.skapad, d.genererad, d.faststalldAv, d.faststalldTid,
                avsnitt(d.innehall, d.texter, d.kommentarer), tidigare);
    }

    static KvalitetsberattelseRad rad(KvalitetsberattelseDokument d) {
        return new KvalitetsberattelseRad(d.id, d.version, d.ar, d.omfang, d.utgava, d.faststalld, d.faststalldTid);
    }

    private static List<Avsnittsvy> avsnitt(Innehall innehall, Map<String, String> texter,
                                            Map<String, String> kommentarer) {
        return Arrays.stream(Avsnitt.values())
                .map(a -> new Avsnittsvy(a, a.rubrik(), texter.getOrDefault(a.name(), ""),
                        innehall.tabeller(a).stream()
                                .map(t -> new Tabellvy(t, kommentarer.getOrDefault(t.nyckel(), "")))
                                .toList()))
                .toList();
    }
}
