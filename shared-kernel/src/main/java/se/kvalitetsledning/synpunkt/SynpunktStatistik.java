package se.kvalitetsledning.synpunkt;

import java.time.YearMonth;
import java.util.List;

/**
 * The synpunkter counted by the month they were received: {@code rakningar} per enhet × month × type × category ×
 * kvalitetsområde (one with several kvalitetsområden counts once under each; an unclassified one under
 * {@link #OKLASSIFICERAD} and {@link #INGET_OMRADE}), {@code svar} per enhet × month × type how many had an answer
 * deadline and how many were answered within it. A synpunkt without a known enhet counts under {@link #UTAN_ENHET}.
 */
public record SynpunktStatistik(List<Rakning> rakningar, List<Svarsandel> svar) {

    public static final String UTAN_ENHET = "okand";
    public static final String OKLASSIFICERAD = "oklassificerad";
    public static final String INGET_OMRADE = "inget";

    public record Rakning(String enhet, YearMonth manad, Synpunktstyp typ, String kategori, String kvalitetsomrade,
                          long antal) {
    }

    /**
     * {@code medSvarsfrist}: those whose answer deadline is decided, met or passed unmet (anonymous senders have
     * none, one still running counts once it is met or passes); {@code besvaradeITid}: answered before it fell due;
     * {@code forsenade}: passed unmet, answered later or not at all.
     */
    public record Svarsandel(String enhet, YearMonth manad, Synpunktstyp typ, long medSvarsfrist, long besvaradeITid,
                             long forsenade) {
    }
}
