package se.kvalitetsledning.indikator;

import java.math.BigDecimal;
import java.util.Objects;

import se.kvalitetsledning.egenkontroll.Trafikljus;

/**
 * An indikator's target and its yellow band: a value on the good side of the target is grön, one within the band
 * beyond it gul, anything further röd. "Under 55 ärenden, gul upp till 60" is {@code mal} 55, {@code gulMarginal} 5,
 * lower is better; the target itself counts as met.
 */
public record Malvarde(BigDecimal mal, BigDecimal gulMarginal, Riktning riktning) {

    public Malvarde {
        Objects.requireNonNull(mal, "mal");
        Objects.requireNonNull(gulMarginal, "gulMarginal");
        Objects.requireNonNull(riktning, "riktning");
        if (gulMarginal.signum() < 0) {
            throw new IllegalArgumentException("Det gula bandet kan inte vara negativt");
        }
    }

    public Trafikljus farg(BigDecimal varde) {
        // how far the value is on the wrong side of the target; zero or less means met
        BigDecimal avvikelse = riktning == Riktning.LAGRE_AR_BATTRE ? varde.subtract(mal) : mal.subtract(varde);
        if (avvikelse.signum() <= 0) {
            return Trafikljus.GRON;
        }
        return avvikelse.compareTo(gulMarginal) <= 0 ? Trafikljus.GUL : Trafikljus.ROD;
    }
}
