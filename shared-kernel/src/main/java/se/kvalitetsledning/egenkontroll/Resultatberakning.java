package se.kvalitetsledning.egenkontroll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes a check's {@link Resultat}: per question the share of Ja among the items where the question applies (a
 * conditional question only where its condition holds, so "matches the beställning" counts 14 of the 32 files with a
 * plan, not of all 40), Ej aktuellt left out of the denominator; number questions get count, mean and median.
 */
public final class Resultatberakning {

    private Resultatberakning() {
    }

    public static Resultat berakna(Mallversion mall, List<String> poster, Svarsuppslag svar) {
        Fragetillamplighet tillamplighet = new Fragetillamplighet(mall, svar);
        List<Fragaresultat> fragor = new ArrayList<>();
        Andel totalt = new Andel(0, 0);
        for (Fraga fraga : mall.fragor()) {
            List<String> tillampliga = poster.stream().filter(p -> tillamplighet.galler(p, fraga)).toList();
            List<Svar> givna = tillampliga.stream().map(p -> svar.svar(p, fraga.id())).filter(Objects::nonNull)
                    .toList();
            Fragaresultat resultat = switch (fraga.svarstyp()) {
                case JA_NEJ_EJ_AKTUELLT -> jaNej(fraga, tillampliga.size(), givna, mall.trosklar());
                case TAL -> new Fragaresultat(fraga.id(), fraga.svarstyp(), fraga.kvalitetsomrade(),
                        tillampliga.size(), 0, null, null, Talsammanfattning.av(tal(givna)));
                case FRITEXT -> new Fragaresultat(fraga.id(), fraga.svarstyp(), fraga.kvalitetsomrade(),
                        tillampliga.size(), 0, null, null, null);
            };
            if (resultat.andel() != null) {
                totalt = totalt.plus(resultat.andel());
            }
            fragor.add(resultat);
        }
        return new Resultat(List.copyOf(fragor), totalt, mall.trosklar().farg(totalt));
    }

    private static Fragaresultat jaNej(Fraga fraga, int tillampliga, List<Svar> givna, Trosklar trosklar) {
        int ja = antal(givna, Svarsalternativ.JA);
        int nej = antal(givna, Svarsalternativ.NEJ);
        Andel andel = new Andel(ja, ja + nej);
        return new Fragaresultat(fraga.id(), fraga.svarstyp(), fraga.kvalitetsomrade(), tillampliga,
                antal(givna, Svarsalternativ.EJ_AKTUELLT), andel, trosklar.farg(andel), null);
    }

    private static int antal(List<Svar> givna, Svarsalternativ alternativ) {
        return (int) givna.stream().filter(s -> s.alternativ() == alternativ).count();
    }

    private static List<BigDecimal> tal(List<Svar> givna) {
        return givna.stream().map(Svar::tal).filter(Objects::nonNull).toList();
    }
}
