package se.kvalitetsledning.egenkontroll;

import java.util.List;

/**
 * The counters for the monthly summary and the kvalitetsberättelse, per enhet × year × kontrollmall: the checks
 * planned (cancelled ones not counted), performed and cancelled, and the question results of the performed ones by
 * colour (a question without a value has none).
 */
public record EgenkontrollStatistik(List<Rakning> rakningar) {

    public record Rakning(String enhet, int ar, String mall, String mallnamn, long planerade, long genomforda,
                          long installda, long gron, long gul, long rod) {
    }
}
