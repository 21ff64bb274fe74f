package se.kvalitetsledning.riskanalys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.kvalitetsledning.riskanalys.RiskanalysDetaljer.Riskpost;
import se.kvalitetsledning.riskanalys.RiskanalysDokument.RiskDel;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Analysrakning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Granskningsrakning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik.Riskrakning;

/** Maps the stored riskanalyser to what queries answer. */
final class RiskanalysSvar {

    /** The highest riskvärde first; of equal ones the graver konsekvens, then the earliest review. */
    private static final Comparator<Registerrisk> REGISTERORDNING = Comparator
            .comparingInt(Registerrisk::riskvarde).reversed()
            .thenComparing(r -> r.bedomning().konsekvens(), Comparator.reverseOrder())
            .thenComparing(Registerrisk::nastaGranskning, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Registerrisk::beskrivning);

    private RiskanalysSvar() {
    }

    static RiskanalysDetaljer detaljer(RiskanalysDokument d) {
        return new RiskanalysDetaljer(d.id, d.version, d.anledning, d.enhet, d.process, d.team, d.datum, d.inleddAv,
                d.inledd, d.faststalld, d.faststalldAv, d.faststalldTid,
                d.risker.stream().filter(r -> !r.borttagen).map(RiskanalysSvar::riskpost).toList(),
                List.copyOf(d.historik));
    }

    static RiskanalysRad rad(RiskanalysDokument d) {
        var oppna = d.oppnaRisker();
        return new RiskanalysRad(d.id, d.anledning, d.enhet, d.process, d.datum, d.faststalld, oppna.size(),
                oppna.stream().map(r -> r.aktuell.riskvarde()).max(Integer::compare).orElse(null));
    }

    static List<Registerrisk> register(Collection<RiskanalysDokument> analyser, LocalDate idag) {
        return analyser.stream()
                .flatMap(d -> d.oppnaRisker().stream().map(r -> new Registerrisk(d.id, r.id, d.enhet, d.process,
                        d.faststalld, r.uppgifter.beskrivning(), r.aktuell, r.nastaGranskning,
                        r.nastaGranskning != null && r.nastaGranskning.isBefore(idag), r.kalla())))
                .sorted(REGISTERORDNING)
                .toList();
    }

    /** The matrix of the open risks' current bedömningar. */
    static Riskmatris matris(Collection<Riskbedomning> oppna) {
        Map<Integer, Long> antal = oppna.stream().collect(Collectors.groupingBy(
                b -> ruta(b.konsekvens(), b.sannolikhet()), Collectors.counting()));
        List<Riskmatris.Ruta> rutor = new ArrayList<>();
        for (int konsekvens = 4; konsekvens >= 1; konsekvens--) {
            for (int sannolikhet = 1; sannolikhet <= 4; sannolikhet++) {
                rutor.add(new Riskmatris.Ruta(konsekvens, sannolikhet,
                        antal.getOrDefault(ruta(konsekvens, sannolikhet), 0L)));
            }
        }
        return new Riskmatris(rutor);
    }

    /** The year's counters from one row (of antal 1) per counted risk, analysis and granskning. */
    static RiskanalysStatistik statistik(Collection<Riskrakning> risker, Collection<Analysrakning> analyser,
                                         Collection<Granskningsrakning> granskningar) {
        return new RiskanalysStatistik(
                rakna(risker, r -> r.enhet() + "|" + r.farg().ordinal(),
                        (r, n) -> new Riskrakning(r.enhet(), r.ar(), r.farg(), n)),
                rakna(analyser, a -> a.enhet() + "|" + a.anledning().ordinal(),
                        (a, n) -> new Analysrakning(a.enhet(), a.ar(), a.anledning(), n)),
                rakna(granskningar, Granskningsrakning::enhet,
                        (g, n) -> new Granskningsrakning(g.enhet(), g.ar(), n)));
    }

    private static Riskpost riskpost(RiskDel r) {
        var u = r.uppgifter;
        return new Riskpost(r.id, u.beskrivning(), u.orsak(), u.bedomning(), r.aktuell, u.befintligaBarriarer(),
                u.foreslagnaAtgarder(), u.kvarvarande(), u.granskningsdatum(), r.nastaGranskning, u.kalla(),
                r.hanterad, r.tillagd, List.copyOf(r.granskningar));
    }

    /** Sums rows of one each by a key that sorts them (enhet, then the counted kind's order). */
    private static <T> List<T> rakna(Collection<T> rader, Function<T, String> nyckel,
                                     BiFunction<T, Long, T> medAntal) {
        Map<String, T> forsta = new TreeMap<>();
        Map<String, Long> antal = new TreeMap<>();
        rader.forEach(rad -> {
            forsta.putIfAbsent(nyckel.apply(rad), rad);
            antal.merge(nyckel.apply(rad), 1L, Long::sum);
        });
        return forsta.entrySet().stream().map(e -> medAntal.apply(e.getValue(), antal.get(e.getKey()))).toList();
    }

    private static int ruta(int konsekvens, int sannolikhet) {
        return konsekvens * 10 + sannolikhet;
    }
}
