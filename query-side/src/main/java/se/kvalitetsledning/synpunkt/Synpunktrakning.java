package se.kvalitetsledning.synpunkt;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.kvalitetsledning.lexsarah.Frist.Fristlage;
import se.kvalitetsledning.projektion.Radindex.Rad;
import se.kvalitetsledning.synpunkt.SynpunktStatistik.Rakning;
import se.kvalitetsledning.synpunkt.SynpunktStatistik.Svarsandel;

/**
 * The counters' row of a synpunkt, filed under its enhet and the month it was received ({@code <enhet>|<yyyy-MM>}):
 * id, enhet, month, type, category, kvalitetsområden (comma-separated) and its decided answer deadlines (how many, met
 * in time, passed unmet). The counters of any months are read from those documents alone.
 */
final class Synpunktrakning {

    static final String SAMLING = "synpunkt-index";

    private Synpunktrakning() {
    }

    static String dokument(String enhet, YearMonth manad) {
        return enhet + "|" + manad;
    }

    /** The documents of the enheter (and of those without one, with {@code utanEnhet}) for the months. */
    static List<String> dokument(Set<String> enheter, boolean utanEnhet, YearMonth fran, YearMonth till) {
        List<String> alla = new ArrayList<>(enheter);
        if (utanEnhet) {
            alla.add(SynpunktStatistik.UTAN_ENHET);
        }
        List<String> dokument = new ArrayList<>();
        for (var manad = fran; !manad.isAfter(till); manad = manad.plusMonths(1)) {
            for (String enhet : alla) {
                dokument.add(dokument(enhet, manad));
            }
        }
        return dokument;
    }

    static Set<Rad> rader(SynpunktDokument d) {
        long[] svar = new long[3];
        // an answer deadline counts once decided: met, or passed unmet (the reminder went out)
        d.frister.stream()
                .filter(f -> f.typ() == SynpunktFristtyp.SVAR && (f.lage() == Fristlage.UPPFYLLD || f.overskriden()))
                .forEach(f -> {
                    svar[0]++;
                    svar[1] += f.uppfylldITid() ? 1 : 0;
                    svar[2] += f.overskriden() ? 1 : 0;
                });
        String omraden = d.kvalitetsomraden().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return Set.of(Rad.av(dokument(d.enhet, YearMonth.parse(d.manad)), d.id, d.enhet, d.manad, d.typ,
                d.kategori(), omraden, svar[0], svar[1], svar[2]));
    }

    static SynpunktStatistik statistik(Collection<List<String>> rader) {
        Map<Rakning, Long> rakningar = new HashMap<>();
        Map<Svarsandel, long[]> svar = new HashMap<>();
        for (List<String> rad : rader) {
            String enhet = rad.get(1);
            YearMonth manad = YearMonth.parse(rad.get(2));
            Synpunktstyp typ = Synpunktstyp.valueOf(rad.get(3));
            List<String> omraden = rad.get(5).isEmpty() ? List.of(SynpunktStatistik.INGET_OMRADE)
                    : List.of(rad.get(5).split(","));
            for (String omrade : omraden) {
                rakningar.merge(new Rakning(enhet, manad, typ, rad.get(4), omrade, 0), 1L, Long::sum);
            }
            if (Long.parseLong(rad.get(6)) > 0) {
                long[] antal = svar.computeIfAbsent(new Svarsandel(enhet, manad, typ, 0, 0, 0), k -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    antal[i] += Long.parseLong(rad.get(6 + i));
                }
            }
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
    static List<Typrakning> perTyp(Collection<List<String>> rader) {
        Map<Typrakning, Long> antal = new HashMap<>();
        rader.forEach(rad -> antal.merge(new Typrakning(rad.get(1), Synpunktstyp.valueOf(rad.get(3)), 0), 1L,
                Long::sum));
        return antal.entrySet().stream()
                .map(e -> new Typrakning(e.getKey().enhet(), e.getKey().typ(), e.getValue()))
                .sorted(Comparator.comparing(Typrakning::enhet).thenComparing(Typrakning::typ))
                .toList();
    }
}
