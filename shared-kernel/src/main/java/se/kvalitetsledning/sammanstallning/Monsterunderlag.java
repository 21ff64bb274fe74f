package se.kvalitetsledning.sammanstallning;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The avvikelser of the period {@code fran}–{@code till} by the month they occurred (Swedish time), counted under
 * their current category (the reporter's suggestion until classified, {@code oklassificerad} without one).
 * {@code kategorier}: per category of the period how concentrated it is on one brukare, the largest first.
 * {@code perKategori} and {@code perEnhet}: counts per month from twelve months before {@code fran} through
 * {@code till}, so the period can be set against the same period a year before and the rolling 12 months.
 * Categories, enheter and months without avvikelser are left out.
 */
public record Monsterunderlag(YearMonth fran, YearMonth till, List<Koncentration> kategorier,
                              List<Manadsantal> perKategori, List<Manadsantal> perEnhet) {

    public Monsterunderlag {
        kategorier = List.copyOf(kategorier);
        perKategori = List.copyOf(perKategori);
        perEnhet = List.copyOf(perEnhet);
    }

    /** The first month {@code perKategori} and {@code perEnhet} count for a period starting at {@code fran}. */
    public static YearMonth historikFran(YearMonth fran) {
        return fran.minusMonths(12);
    }

    /** Avvikelser per category id in the months {@code fran} to {@code till}, both included. */
    public Map<String, Long> antalPerKategori(YearMonth fran, YearMonth till) {
        return summa(perKategori, fran, till);
    }

    /** Avvikelser per enhet id in the months {@code fran} to {@code till}, both included. */
    public Map<String, Long> antalPerEnhet(YearMonth fran, YearMonth till) {
        return summa(perEnhet, fran, till);
    }

    private static Map<String, Long> summa(List<Manadsantal> antal, YearMonth fran, YearMonth till) {
        Map<String, Long> summor = new TreeMap<>();
        for (Manadsantal a : antal) {
            if (!a.manad().isBefore(fran) && !a.manad().isAfter(till)) {
                summor.merge(a.id(), a.antal(), Long::sum);
            }
        }
        return summor;
    }

    /**
     * A category's avvikelser in the period: {@code antal} in all (M), {@code flestForEnBrukare} the most of them
     * that concern one and the same brukare (N; 0 when none names one) and {@code brukare} how many different brukare
     * they name. A brukare is a brukarreferens within one enhet, read without regard to case and spaces; which one
     * never leaves the read model.
     */
    public record Koncentration(String kategori, long antal, long flestForEnBrukare, long brukare) {
    }

    /** How many avvikelser a category or an enhet ({@code id}) had in a month. */
    public record Manadsantal(String id, YearMonth manad, long antal) {
    }
}
