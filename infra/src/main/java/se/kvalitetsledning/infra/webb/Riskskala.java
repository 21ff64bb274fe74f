package se.kvalitetsledning.infra.webb;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Risk;
import se.kvalitetsledning.gemensamt.Riskfarg;

/**
 * The words of the 4×4 risk matrix, so every form explains a number the same way:
 * {@code ${@riskskala.konsekvens(3)}} in a template.
 */
@Component("riskskala")
public class Riskskala {

    private static final List<String> KONSEKVENSER = List.of(
            "Försumbar",
            "Tillfällig skada eller ökat vård- eller omsorgsbehov",
            "Bestående måttlig skada",
            "Dödsfall, livshotande eller stor bestående skada");

    private static final List<String> SANNOLIKHETER = List.of(
            "Kan hända någon gång per år",
            "Kan hända någon gång per månad",
            "Kan hända någon gång per vecka",
            "Kan hända dagligen");

    public List<Integer> steg() {
        return List.of(1, 2, 3, 4);
    }

    /** Highest first, as the rows of a risk matrix are read. */
    public List<Integer> stegNedat() {
        return List.of(4, 3, 2, 1);
    }

    public String konsekvens(Integer varde) {
        return text(KONSEKVENSER, varde);
    }

    public String sannolikhet(Integer varde) {
        return text(SANNOLIKHETER, varde);
    }

    public Riskfarg farg(int sannolikhet, int konsekvens) {
        return new Risk(sannolikhet, konsekvens).farg();
    }

    /** The CSS modifier of a risk colour, e.g. {@code risk--rod}. */
    public String klass(Riskfarg farg) {
        return farg == null ? "risk--ingen" : "risk--" + farg.name().toLowerCase(Locale.ROOT);
    }

    private static String text(List<String> texter, Integer varde) {
        return varde == null || varde < 1 || varde > texter.size() ? "" : texter.get(varde - 1);
    }
}
