package se.kvalitetsledning.riskanalys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import se.kvalitetsledning.gemensamt.Risk;
import se.kvalitetsledning.gemensamt.Riskfarg;

/**
 * A risk's place in the 4×4 matrix: konsekvens and sannolikhet 1–4, both required. Riskvärde and colour come from
 * {@link Risk}, the same rule that colours an avvikelse.
 */
public record Riskbedomning(
        @NotNull(message = "Ange konsekvens 1–4") @Min(value = 1, message = "Ange konsekvens 1–4")
        @Max(value = 4, message = "Ange konsekvens 1–4") Integer konsekvens,
        @NotNull(message = "Ange sannolikhet 1–4") @Min(value = 1, message = "Ange sannolikhet 1–4")
        @Max(value = 4, message = "Ange sannolikhet 1–4") Integer sannolikhet) {

    public Risk risk() {
        return new Risk(sannolikhet, konsekvens);
    }

    /** Konsekvens × sannolikhet, 1–16. */
    public int riskvarde() {
        return risk().riskvarde();
    }

    public Riskfarg farg() {
        return risk().farg();
    }
}
