package se.kvalitetsledning.gemensamt;

/**
 * A position in the 4×4 risk matrix: sannolikhet 1 (yearly) to 4 (daily), konsekvens 1 (negligible) to 4
 * (death or major lasting harm). The riskvärde is their product, 1–16.
 */
public record Risk(int sannolikhet, int konsekvens) {

    public Risk {
        if (sannolikhet < 1 || sannolikhet > 4 || konsekvens < 1 || konsekvens > 4) {
            throw new IllegalArgumentException("Sannolikhet och konsekvens ska vara 1–4");
        }
    }

    public int riskvarde() {
        return sannolikhet * konsekvens;
    }

    /** Red calls for a deeper händelseanalys: a riskvärde of 8 or more, or a konsekvens of 3 or more. */
    public Riskfarg farg() {
        if (riskvarde() >= 8 || konsekvens >= 3) {
            return Riskfarg.ROD;
        }
        return riskvarde() >= 4 ? Riskfarg.GUL : Riskfarg.GRON;
    }
}
