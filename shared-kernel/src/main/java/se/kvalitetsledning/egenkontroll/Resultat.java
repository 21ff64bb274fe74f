package se.kvalitetsledning.egenkontroll;

import java.util.List;

/**
 * A check's result, computed with the template version it used: one {@link Fragaresultat} per question in the
 * template's order, and the total: Ja of Ja + Nej over every Ja / Nej question's answers where the question applies
 * (so each applicable answer weighs the same, whatever question it belongs to), with its colour.
 */
public record Resultat(
        List<Fragaresultat> fragor,
        Andel totalt,
        Trafikljus farg) {

    /** The findings: the questions coloured gul or röd, in the template's order. */
    public List<Fragaresultat> brister() {
        return fragor.stream().filter(Fragaresultat::brist).toList();
    }
}
