package se.kvalitetsledning.synpunkt;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.kvalitetsledning.lexsarah.Frist.Fristlage;
import se.kvalitetsledning.synpunkt.SynpunktStatistik.Rakning;
import se.kvalitetsledning.synpunkt.SynpunktStatistik.Svarsandel;

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
                d.handlaggare, d.utredning != null, d.svar != null, d.frister.stream().filter(SynpunktFrist::loper).toList());
    }

    static SynpunktStatistik statistik(Collection<SynpunktDokument> synpunkter) {
        Map<Rakning, Long> rakningar = new HashMap<>();
        Map<Svarsandel, long[]> svar = new HashMap<>();
        for (SynpunktDokument d : synpunkter) {
            YearMonth manad = YearMonth.parse(d.manad);
            var omraden = d.kvalitetsomraden().isEmpty() ? List.of(SynpunktStatistik.INGET_OMRADE)
                    : d.kvalitetsomraden().stream().map(Enum::name).toList();
            for (String omrade : omraden) {
                rakningar.merge(new Rakning(d.enhet, manad, d.typ, d.kategori(), omrade, 0), 1L, Long::sum);
            }
            // an answer deadline counts once decided: met, or passed unmet (the reminder went out)
            d.frister.stream()
                    .filter(f -> f.typ() == SynpunktFristtyp.SVAR
                            && (f.lage() == Fristlage.UPPFYLLD || f.overskriden()))
                    .forEach(f -> {
                        long[] antal = svar.computeIfAbsent(new Svarsandel(d.enhet, manad, d.typ, 0, 0, 0),
                                k -> new long[3]);
                        antal[0]++;
                        antal[1] += f.uppfylldITid() ? 1 : 0;
                        antal[2] += f.overskriden() ? 1 : 0;
                    });
        }
        return new SynpunktStatistik(
                rakningar.entrySet().stream()
                        .map(e -> new Rakning(e.getKey().enhet(), e.getKey().manad(), e.getKey().typ(),
                                e.getKey().kategori(), e.getKey().kvalitetsomrade(), e.getValue()))
                        .sorted(Comparator.comparing(Rakning::enhet).thenComparing(Rakning::manad)
                                .thenComparing(Rakning::typ).thenComparing(Rakning::kategori)
                                .thenComparing(Rakning::kvalitetsomrade))
                        .toList(),
                svar.entrySet().stream()
                        .map(e -> new Svarsandel(e.getKey().enhet(), e.getKey().manad(), e.getKey().typ(),
                                e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                        .sorted(Comparator.comparing(Svarsandel::enhet).thenComparing(Svarsandel::manad)
                                .thenComparing(Svarsandel::typ))
                        .toList());
    }

    /** Each synpunkt once, under its enhet and type. */
    static List<Typrakning> perTyp(Collection<SynpunktDokument> synpunkter) {
        Map<Typrakning, Long> antal = new HashMap<>();
        synpunkter.forEach(d -> antal.merge(new Typrakning(d.enhet, d.typ, 0), 1L, Long::sum));
        return antal.entrySet().stream()
                .map(e -> new Typrakning(e.getKey().enhet(), e.getKey().typ(), e.getValue()))
                .sorted(Comparator.comparing(Typrakning::enhet).thenComparing(Typrakning::typ))
                .toList();
    }

    private static String enhet(SynpunktDokument d) {
        return SynpunktStatistik.UTAN_ENHET.equals(d.enhet) ? null : d.enhet;
    }
}
