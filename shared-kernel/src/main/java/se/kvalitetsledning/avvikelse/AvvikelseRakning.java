package se.kvalitetsledning.avvikelse;

import java.time.YearMonth;

/**
 * How many avvikelser of an enhet occurred in a month with a category and a kvalitetsområde. An avvikelse with
 * several kvalitetsområden counts once under each. Until it is classified it counts under the category the
 * reporter suggested, or {@link #OKLASSIFICERAD}, and under {@link #INGET_OMRADE}.
 */
public record AvvikelseRakning(String enhet, YearMonth manad, String kategori, String kvalitetsomrade, long antal) {

    public static final String OKLASSIFICERAD = "oklassificerad";
    public static final String INGET_OMRADE = "inget";
}
