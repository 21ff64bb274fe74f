package se.kvalitetsledning.riskanalys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Radindex.Rad;
import se.kvalitetsledning.riskanalys.RiskanalysDokument.RiskDel;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Analysrakning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Granskningsrakning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Riskrakning;

/**
 * What the year's counters and the matrix count, read by {@code _id} only ({@code riskanalys-index}): under
 * {@code <enhet>|<år>} a row per risk added in the year and not removed (with its bedömning's colour), per analysis
 * dated in the year (with its anledning) and per granskning made in the year; under {@code <enhet>|oppna} a row per
 * open risk with its current konsekvens and sannolikhet. The rows follow from an analysis's document alone.
 */
final class RiskanalysIndex {

    private static final String RISK = "risk";
    private static final String ANALYS = "analys";
    private static final String GRANSKNING = "granskning";

    static final String SAMLING = "riskanalys-index";

    private final Radindex index;

    RiskanalysIndex(Radindex index) {
        this.index = index;
    }

    RiskanalysStatistik statistik(Set<String> enheter, int ar) {
        Map<String, String> enhetPerDokument = new HashMap<>();
        enheter.forEach(enhet -> enhetPerDokument.put(arsdokument(enhet, ar), enhet));
        List<Riskrakning> risker = new ArrayList<>();
        List<Analysrakning> analyser = new ArrayList<>();
        List<Granskningsrakning> granskningar = new ArrayList<>();
        index.las(enhetPerDokument.keySet()).forEach((dokument, rader) -> {
            String enhet = enhetPerDokument.get(dokument);
            for (List<String> rad : rader) {
                switch (rad.get(0)) {
                    case RISK -> risker.add(new Riskrakning(enhet, ar, Riskfarg.valueOf(rad.get(3)), 1));
                    case ANALYS -> analyser.add(new Analysrakning(enhet, ar, Anledning.valueOf(rad.get(2)), 1));
                    case GRANSKNING -> granskningar.add(new Granskningsrakning(enhet, ar, 1));
                    default -> throw new IllegalStateException("Okänd rad i riskanalysindexet: " + rad);
                }
            }
        });
        return RiskanalysSvar.statistik(risker, analyser, granskningar);
    }

    Riskmatris matris(Set<String> enheter) {
        return RiskanalysSvar.matris(index.allaRader(enheter.stream().map(RiskanalysIndex::oppna).toList()).stream()
                .map(rad -> new Riskbedomning(Integer.valueOf(rad.get(2)), Integer.valueOf(rad.get(3))))
                .toList());
    }

    void rensa() {
        index.rensa();
    }

    /** The rows the analysis gives; each holds its id (and the risk's), so no two analyses' rows coincide. */
    static Set<Rad> rader(RiskanalysDokument d) {
        Set<Rad> rader = new HashSet<>();
        rader.add(Rad.av(arsdokument(d.enhet, d.datum.getYear()), ANALYS, d.id, d.anledning));
        for (RiskDel r : d.risker) {
            if (!r.borttagen) {
                rader.add(Rad.av(arsdokument(d.enhet, ar(r.tillagd)), RISK, d.id, r.id,
                        r.uppgifter.bedomning().farg()));
            }
            if (r.oppen()) {
                rader.add(Rad.av(oppna(d.enhet), d.id, r.id, r.aktuell.konsekvens(), r.aktuell.sannolikhet()));
            }
            // a granskning was made even if its risk was removed later, so it counts
            for (int i = 0; i < r.granskningar.size(); i++) {
                rader.add(Rad.av(arsdokument(d.enhet, ar(r.granskningar.get(i).tid())), GRANSKNING, d.id, r.id, i));
            }
        }
        return rader;
    }

    private static String arsdokument(String enhet, int ar) {
        return enhet + "|" + ar;
    }

    private static String oppna(String enhet) {
        return enhet + "|oppna";
    }

    private static int ar(Instant tid) {
        return tid.atZone(SvenskTid.ZON).getYear();
    }
}
