package se.kvalitetsledning.infra.indikator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.egenkontroll.Egenkontrollplan;
import se.kvalitetsledning.egenkontroll.ListaEgenkontrollplan;
import se.kvalitetsledning.indikator.Indikatorkalla;
import se.kvalitetsledning.sammanstallning.Arendeslag;
import se.kvalitetsledning.sammanstallning.Handlingstider;
import se.kvalitetsledning.sammanstallning.RaknaHandlingstider;
import se.kvalitetsledning.synpunkt.RaknaSynpunkter;
import se.kvalitetsledning.synpunkt.SynpunktStatistik;

/**
 * The monthly values of a computed indikator, read from the projections (one query for all the months, never the
 * event store). A month without anything to measure has no value, except that a month without a performed check
 * counts 0 performed.
 */
@Component
class Indikatorkallor {

    private final QueryGateway queries;

    Indikatorkallor(QueryGateway queries) {
        this.queries = queries;
    }

    /** The values of {@code enhet} for the months {@code fran} to {@code till}; none for a manual one. */
    Map<YearMonth, BigDecimal> varden(Indikatorkalla kalla, String enhet, YearMonth fran, YearMonth till,
                                      LocalDate idag) {
        return switch (kalla) {
            case MANUELL -> Map.of();
            case AVVIKELSER_HANDLAGGNINGSTID -> handlaggningstid(enhet, fran, till);
            case EGENKONTROLLER_GENOMFORDA -> genomforda(enhet, fran, till, idag);
            case SYNPUNKTER_BESVARADE_I_TID -> besvaradeITid(enhet, fran, till);
        };
    }

    /** The median days from receipt to closing of the avvikelser closed in each month. */
    private Map<YearMonth, BigDecimal> handlaggningstid(String enhet, YearMonth fran, YearMonth till) {
        var tider = fraga(new RaknaHandlingstider(Set.of(enhet), Arendeslag.AVVIKELSE, fran, till),
                Handlingstider.class);
        Map<YearMonth, BigDecimal> varden = new TreeMap<>();
        for (var m = fran; !m.isAfter(till); m = m.plusMonths(1)) {
            Long median = tider.median(m);
            if (median != null) {
                varden.put(m, BigDecimal.valueOf(median));
            }
        }
        return varden;
    }

    /** The checks performed in each month, whatever month they were planned for. */
    private Map<YearMonth, BigDecimal> genomforda(String enhet, YearMonth fran, YearMonth till, LocalDate idag) {
        var plan = fraga(new ListaEgenkontrollplan(Set.of(enhet), null, idag), Egenkontrollplan.class);
        Map<YearMonth, Long> antal = new TreeMap<>();
        for (var m = fran; !m.isAfter(till); m = m.plusMonths(1)) {
            antal.put(m, 0L);
        }
        plan.kontroller().stream().filter(k -> k.genomford() != null)
                .map(k -> YearMonth.from(k.genomford()))
                .filter(antal::containsKey)
                .forEach(m -> antal.merge(m, 1L, Long::sum));
        Map<YearMonth, BigDecimal> varden = new TreeMap<>();
        antal.forEach((m, n) -> varden.put(m, BigDecimal.valueOf(n)));
        return varden;
    }

    /** Of the synpunkter received in each month whose answer deadline is decided, the share answered in time. */
    private Map<YearMonth, BigDecimal> besvaradeITid(String enhet, YearMonth fran, YearMonth till) {
        var statistik = fraga(new RaknaSynpunkter(Set.of(enhet), false, fran, till), SynpunktStatistik.class);
        Map<YearMonth, long[]> andelar = new TreeMap<>();
        for (var s : statistik.svar()) {
            long[] a = andelar.computeIfAbsent(s.manad(), m -> new long[2]);
            a[0] += s.besvaradeITid();
            a[1] += s.medSvarsfrist();
        }
        Map<YearMonth, BigDecimal> varden = new TreeMap<>();
        andelar.forEach((m, a) -> {
            if (a[1] > 0) {
                varden.put(m, BigDecimal.valueOf(100L * a[0]).divide(BigDecimal.valueOf(a[1]), 0,
                        RoundingMode.HALF_UP));
            }
        });
        return varden;
    }

    private <R> R fraga(Object fraga, Class<R> svar) {
        return queries.query(fraga, ResponseTypes.instanceOf(svar)).join();
    }
}
