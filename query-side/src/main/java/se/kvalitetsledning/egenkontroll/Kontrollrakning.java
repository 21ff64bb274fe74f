package se.kvalitetsledning.egenkontroll;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import se.kvalitetsledning.egenkontroll.EgenkontrollStatistik.Rakning;
import se.kvalitetsledning.projektion.Radindex.Rad;

/**
 * The counters' row of a check, filed under its enhet and planned year ({@code <enhet>|<år>}): id, enhet, year,
 * template, status and its question results by colour. The counters of a year are read from those documents alone.
 */
final class Kontrollrakning {

    static final String SAMLING = "egenkontroll-index";

    private Kontrollrakning() {
    }

    static String dokument(String enhet, int ar) {
        return enhet + "|" + ar;
    }

    static Set<Rad> rader(EgenkontrollDokument d) {
        long[] farger = new long[3];
        if (d.resultat != null) {
            for (Fragaresultat f : d.resultat.fragor()) {
                if (f.farg() != null) {
                    farger[f.farg().ordinal()]++;
                }
            }
        }
        return Set.of(Rad.av(dokument(d.enhet, d.ar), d.id, d.enhet, d.ar, d.mall, d.status, farger[0], farger[1],
                farger[2]));
    }

    /** Per enhet, year and template: planned (cancelled ones not counted), performed, cancelled, and the colours. */
    static EgenkontrollStatistik statistik(Collection<List<String>> rader, Map<String, String> mallnamn) {
        Map<List<String>, long[]> rakningar = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (List<String> rad : rader) {
            var status = EgenkontrollStatus.valueOf(rad.get(4));
            long[] antal = rakningar.computeIfAbsent(rad.subList(1, 4), k -> new long[6]);
            antal[0] += status == EgenkontrollStatus.STALLD_IN ? 0 : 1;
            antal[1] += status == EgenkontrollStatus.GENOMFORD ? 1 : 0;
            antal[2] += status == EgenkontrollStatus.STALLD_IN ? 1 : 0;
            for (int farg = 0; farg < 3; farg++) {
                antal[3 + farg] += Long.parseLong(rad.get(5 + farg));
            }
        }
        return new EgenkontrollStatistik(rakningar.entrySet().stream()
                .map(e -> {
                    long[] a = e.getValue();
                    String mall = e.getKey().get(2);
                    return new Rakning(e.getKey().get(0), Integer.parseInt(e.getKey().get(1)), mall,
                            mallnamn.get(mall), a[0], a[1], a[2], a[3], a[4], a[5]);
                })
                .toList());
    }
}
