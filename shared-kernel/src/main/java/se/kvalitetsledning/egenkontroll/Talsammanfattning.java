package se.kvalitetsledning.egenkontroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The answers to a number question over the items where it applies: how many, their mean (two decimals, HALF_UP)
 * and median. Without answers mean and median are null: no value, shown as "–".
 */
public record Talsammanfattning(int antal, BigDecimal medel, BigDecimal median) {

    static Talsammanfattning av(List<BigDecimal> tal) {
        if (tal.isEmpty()) {
            return new Talsammanfattning(0, null, null);
        }
        List<BigDecimal> sorterade = tal.stream().sorted().toList();
        BigDecimal antal = BigDecimal.valueOf(tal.size());
        BigDecimal medel = tal.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(antal, 2, RoundingMode.HALF_UP);
        int mitt = tal.size() / 2;
        BigDecimal median = tal.size() % 2 == 1 ? sorterade.get(mitt)
                : sorterade.get(mitt - 1).add(sorterade.get(mitt)).divide(BigDecimal.valueOf(2));
        return new Talsammanfattning(tal.size(), medel, median);
    }
}
