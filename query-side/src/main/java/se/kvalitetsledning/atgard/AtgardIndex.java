package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Radindex.Rad;

/**
 * The yearly counts' rows: per enhet and year ({@code <enhet>|<år>}, Swedish time) each åtgärd of the enhet that
 * counts in the year, with its id and a 1 or 0 for each count: proposed, carried out, overdue, evaluated with effect.
 */
final class AtgardIndex {

    static final String SAMLING = "atgard-index";

    private final Radindex index;

    AtgardIndex(Radindex index) {
        this.index = index;
    }

    /** One count per asked enhet, sorted by enhet, zeros for an enhet without åtgärder that year. */
    List<AtgardRakning> rakna(Set<String> enheter, int ar) {
        var perDokument = index.las(enheter.stream().map(e -> dokument(e, ar)).toList());
        return enheter.stream().sorted().map(enhet -> {
            long[] summa = new long[4];
            for (List<String> rad : perDokument.getOrDefault(dokument(enhet, ar), List.of())) {
                for (int k = 0; k < 4; k++) {
                    summa[k] += Long.parseLong(rad.get(k + 1));
                }
            }
            return new AtgardRakning(enhet, ar, summa[0], summa[1], summa[2], summa[3]);
        }).toList();
    }

    void rensa() {
        index.rensa();
    }

    static Set<Rad> rader(AtgardDokument d) {
        Set<Integer> ar = new HashSet<>(d.forsenadAr);
        ar.add(ar(d.foreslagen));
        ar.add(ar(d.genomford));
        ar.add(medEffektAr(d));
        ar.remove(-1);
        Set<Rad> rader = new HashSet<>();
        for (int a : ar) {
            Object[] falt = {d.id, ettOm(ar(d.foreslagen) == a), ettOm(ar(d.genomford) == a),
                    ettOm(d.forsenadAr.contains(a)), ettOm(medEffektAr(d) == a)};
            d.enheter.forEach(enhet -> rader.add(Rad.av(dokument(enhet, a), falt)));
        }
        return rader;
    }

    private static int ettOm(boolean villkor) {
        return villkor ? 1 : 0;
    }

    /** The year its effect was evaluated, when it had one (full or partial); -1 otherwise. */
    private static int medEffektAr(AtgardDokument d) {
        return d.effekt == null || d.effekt.utfall() == Effektutfall.INGEN_EFFEKT ? -1 : ar(d.effekt.tid());
    }

    private static int ar(Instant tid) {
        return tid == null ? -1 : tid.atZone(SvenskTid.ZON).getYear();
    }

    private static String dokument(String enhet, int ar) {
        return enhet + "|" + ar;
    }
}
