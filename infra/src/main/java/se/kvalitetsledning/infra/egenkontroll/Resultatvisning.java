package se.kvalitetsledning.infra.egenkontroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.egenkontroll.Andel;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan.Planlage;
import se.kvalitetsledning.egenkontroll.Trafikljus;

/**
 * How the pages show a check's result: {@code ${@resultatvisning.klass(farg)}} in a template. A share without a
 * value is "–", never 0 %, and has no colour.
 */
@Component("resultatvisning")
public class Resultatvisning {

    /** The CSS modifier of a traffic-light colour, the same as a risk's of that colour. */
    public String klass(Trafikljus farg) {
        return farg == null ? "risk--ingen" : "risk--" + farg.name().toLowerCase(Locale.ROOT);
    }

    public String farg(Trafikljus farg) {
        return farg == null ? "Ingen färg" : farg.benamning();
    }

    /** "14 av 32", the counts behind a share. */
    public String underlag(Andel andel) {
        return andel == null ? Andel.INGET_VARDE : andel.ja() + " av " + andel.av();
    }

    public String andel(Andel andel) {
        return andel == null ? Andel.INGET_VARDE : andel.visning();
    }

    /** A number with a decimal comma, or "–". */
    public String tal(BigDecimal tal) {
        return tal == null ? Andel.INGET_VARDE : tal.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The change between two shares in whole percentage points ("+5", "−12", "±0"), or "–" if one has no value. */
    public String forandring(Andel nu, Andel forut) {
        if (nu == null || forut == null || !nu.harVarde() || !forut.harVarde()) {
            return Andel.INGET_VARDE;
        }
        int skillnad = nu.procent().orElseThrow().subtract(forut.procent().orElseThrow())
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        String tecken = skillnad > 0 ? "+" : skillnad < 0 ? "−" : "±";
        return tecken + Math.abs(skillnad) + " procentenheter";
    }

    /** Overdue checks are marked as the other overdue things are. */
    public String lageklass(Planlage lage) {
        return switch (lage) {
            case FORSENAD -> "markor markor--forsenad";
            case GENOMFORD -> "status status--avslutad";
            default -> "status";
        };
    }
}
