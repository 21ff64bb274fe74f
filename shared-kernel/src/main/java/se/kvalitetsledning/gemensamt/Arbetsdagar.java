package se.kvalitetsledning.gemensamt;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.temporal.TemporalAdjusters.nextOrSame;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Swedish working-day calendar that deadlines are counted in, such as a lex Sarah utredning started within one
 * working day. Besides weekends it skips the allmänna helgdagar of lag (1989:253) and midsommarafton, julafton and
 * nyårsafton: the eves are not legal holidays, but no one works them in a municipal office, so a deadline that
 * fell on one would fall on a day when nobody can meet it.
 */
public final class Arbetsdagar {

    private Arbetsdagar() {
    }

    public static boolean arArbetsdag(LocalDate dag) {
        return dag.getDayOfWeek() != SATURDAY && dag.getDayOfWeek() != SUNDAY
                && !helgdagar(dag.getYear()).contains(dag);
    }

    /** The date {@code antal} working days after {@code fran}; 0 gives {@code fran} or the first working day after. */
    public static LocalDate plusArbetsdagar(LocalDate fran, int antal) {
        if (antal < 0) {
            throw new IllegalArgumentException("Antal arbetsdagar kan inte vara negativt: " + antal);
        }
        var dag = forstaArbetsdagFran(fran);
        for (int i = 0; i < antal; i++) {
            dag = forstaArbetsdagFran(dag.plusDays(1));
        }
        return dag;
    }

    /** The holidays and eves of {@code ar} that are not worked, in date order; ordinary weekends are not listed. */
    public static Set<LocalDate> helgdagar(int ar) {
        var paskdagen = paskdagen(ar);
        var midsommarafton = LocalDate.of(ar, 6, 19).with(nextOrSame(FRIDAY));
        // A TreeSet, not Set.of: Kristi himmelsfärdsdag falls on första maj in some years (2008, 2160).
        return Collections.unmodifiableSet(new TreeSet<>(List.of(
                LocalDate.of(ar, 1, 1),
                LocalDate.of(ar, 1, 6),
                paskdagen.minusDays(2),
                paskdagen,
                paskdagen.plusDays(1),
                LocalDate.of(ar, 5, 1),
                paskdagen.plusDays(39),
                LocalDate.of(ar, 6, 6),
                midsommarafton,
                midsommarafton.plusDays(1),
                LocalDate.of(ar, 10, 31).with(nextOrSame(SATURDAY)),
                LocalDate.of(ar, 12, 24),
                LocalDate.of(ar, 12, 25),
                LocalDate.of(ar, 12, 26),
                LocalDate.of(ar, 12, 31))));
    }

    private static LocalDate forstaArbetsdagFran(LocalDate dag) {
        var arbetsdag = dag;
        while (!arArbetsdag(arbetsdag)) {
            arbetsdag = arbetsdag.plusDays(1);
        }
        return arbetsdag;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate paskdagen(int ar) {
        int a = ar % 19;
        int b = ar / 100;
        int c = ar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int manadOchDag = h + l - 7 * m + 114;
        return LocalDate.of(ar, manadOchDag / 31, manadOchDag % 31 + 1);
    }
}
