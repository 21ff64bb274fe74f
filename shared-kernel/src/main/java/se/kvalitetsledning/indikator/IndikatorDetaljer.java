package se.kvalitetsledning.indikator;

import java.time.YearMonth;
import java.util.List;

/**
 * One indikator with its targets over time and every month's value, the latest month last. {@code version} is the
 * aggregate's version, the one a command must expect; {@code avslutad} null while it is followed.
 */
public record IndikatorDetaljer(
        String id,
        long version,
        String enhet,
        String namn,
        String enhetsbeteckning,
        Indikatorkalla kalla,
        YearMonth fran,
        List<Malperiod> mal,
        List<Indikatorvarde> varden,
        String avslutad) {

    public IndikatorDetaljer {
        mal = List.copyOf(mal);
        varden = List.copyOf(varden);
    }

    /** A target and the first month it holds. */
    public record Malperiod(YearMonth fran, Malvarde malvarde) {
    }

    /** The target that held in the month: the latest that started no later. */
    public Malvarde galler(YearMonth manad) {
        return galler(mal, manad);
    }

    /** The target among {@code mal} (ordered by start) that held in the month; the first before it started. */
    public static Malvarde galler(List<Malperiod> mal, YearMonth manad) {
        Malvarde galler = mal.get(0).malvarde();
        for (Malperiod period : mal) {
            if (!period.fran().isAfter(manad)) {
                galler = period.malvarde();
            }
        }
        return galler;
    }
}
