package se.kvalitetsledning.egenkontroll;

import java.util.List;

import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * The items a check is performed on, drawn from a population of {@code populationsstorlek}: the chosen references in
 * the population's order (numbers "1"…"N" when only the size was given: positions in the performer's own list), and
 * the seed the draw used, so the same list and seed give the same sample. No seed: the whole population was taken.
 */
public record Stickprov(
        int populationsstorlek,
        @PersonligUppgift List<String> poster,
        Long fro) {

    public int stickprovsstorlek() {
        return poster.size();
    }

    public Andel andelAvPopulationen() {
        return new Andel(poster.size(), populationsstorlek);
    }

    /** As the reviews state it: "165 av 549 = 30 %". */
    public String visning() {
        return poster.size() + " av " + populationsstorlek + " = " + andelAvPopulationen().visning();
    }
}
