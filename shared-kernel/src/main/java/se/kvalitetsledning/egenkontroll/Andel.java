package se.kvalitetsledning.egenkontroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A share: {@code ja} of {@code av}. With {@code av} 0 there is no value: it is shown as "–", never as 0 %, and it
 * gets no colour.
 */
public record Andel(int ja, int av) {

    public static final String INGET_VARDE = "–";

    public boolean harVarde() {
        return av > 0;
    }

    /** The share in per cent with two decimals (HALF_UP), or nothing without a value. */
    public Optional<BigDecimal> procent() {
        if (!harVarde()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(100L * ja).divide(BigDecimal.valueOf(av), 2, RoundingMode.HALF_UP));
    }

    /** Whether the exact share is at least {@code procent} %; false without a value. */
    public boolean minst(int procent) {
        return harVarde() && 100L * ja >= (long) procent * av;
    }

    /** As the reports print it: whole per cent rounded half up ("44 %"), or "–". */
    public String visning() {
        return procent().map(p -> p.setScale(0, RoundingMode.HALF_UP).toPlainString() + " %").orElse(INGET_VARDE);
    }

    Andel plus(Andel annan) {
        return new Andel(ja + annan.ja, av + annan.av);
    }
}
