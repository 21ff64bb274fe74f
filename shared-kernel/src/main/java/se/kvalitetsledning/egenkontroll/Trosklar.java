package se.kvalitetsledning.egenkontroll;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The traffic light of a kontrollmall: a share of at least {@code gron} % is grön, at least {@code gul} % gul, any
 * other röd. The exact share is compared, not the rounded one shown: 89.6 % is shown as 90 % and still gul.
 */
public record Trosklar(
        @Min(value = 0, message = "Ange 0–100 %") @Max(value = 100, message = "Ange 0–100 %") int gron,
        @Min(value = 0, message = "Ange 0–100 %") @Max(value = 100, message = "Ange 0–100 %") int gul) {

    public static final Trosklar STANDARD = new Trosklar(90, 70);

    /** The colour of a share; none for a share without a value. */
    public Trafikljus farg(Andel andel) {
        if (!andel.harVarde()) {
            return null;
        }
        if (andel.minst(gron)) {
            return Trafikljus.GRON;
        }
        return andel.minst(gul) ? Trafikljus.GUL : Trafikljus.ROD;
    }
}
