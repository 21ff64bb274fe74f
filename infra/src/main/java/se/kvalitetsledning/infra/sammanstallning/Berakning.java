package se.kvalitetsledning.infra.sammanstallning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Handlingstid;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Rad;
import se.kvalitetsledning.sammanstallning.Median;

/** The arithmetic of the summary: shares in whole percent (null of nothing), medians, breakdowns. */
final class Berakning {

    private Berakning() {
    }

    static Integer procent(long del, long helhet) {
        return helhet == 0 ? null : (int) Math.round(100.0 * del / helhet);
    }

    /** The rows of a breakdown, the largest first (then by name), each with its share of {@code helhet}. */
    static List<Rad> rader(Map<String, Long> antal, Function<String, String> namn, long helhet) {
        var rader = new ArrayList<Rad>();
        antal.forEach((id, n) -> {
            if (n > 0) {
                rader.add(new Rad(id, namn.apply(id), n, procent(n, helhet)));
            }
        });
        rader.sort(Comparator.comparingLong(Rad::antal).reversed().thenComparing(Rad::namn));
        return rader;
    }

    static List<Rad> toppTre(List<Rad> rader) {
        return rader.stream().limit(3).toList();
    }

    /** {@code dagar} sorted. */
    static Handlingstid handlingstid(List<Long> dagar, int servicenivaDagar) {
        long inom = dagar.stream().filter(d -> d <= servicenivaDagar).count();
        return new Handlingstid(dagar.size(), Median.av(dagar), servicenivaDagar, procent(inom, dagar.size()));
    }
}
