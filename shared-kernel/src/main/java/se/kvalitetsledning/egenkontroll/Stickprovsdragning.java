package se.kvalitetsledning.egenkontroll;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Draws a simple random sample without replacement, reproducibly: {@link Random} with a given seed yields the same
 * numbers on every Java version, and Floyd's algorithm needs only as many of them as the sample is large.
 */
public final class Stickprovsdragning {

    private Stickprovsdragning() {
    }

    /** {@code storlek} of the given references, in the list's order. */
    public static Stickprov ur(List<String> population, int storlek, long fro) {
        return new Stickprov(population.size(), valj(population.size(), storlek, fro).stream()
                .map(population::get).toList(), fro);
    }

    /** {@code storlek} of the positions 1…{@code populationsstorlek}, in order. */
    public static Stickprov urNumrering(int populationsstorlek, int storlek, long fro) {
        return new Stickprov(populationsstorlek, valj(populationsstorlek, storlek, fro).stream()
                .map(i -> String.valueOf(i + 1)).toList(), fro);
    }

    public static Stickprov hela(List<String> population) {
        return new Stickprov(population.size(), List.copyOf(population), null);
    }

    public static Stickprov helaNumreringen(int populationsstorlek) {
        return new Stickprov(populationsstorlek, IntStream.rangeClosed(1, populationsstorlek)
                .mapToObj(String::valueOf).toList(), null);
    }

    private static Set<Integer> valj(int populationsstorlek, int storlek, long fro) {
        if (storlek < 1 || storlek > populationsstorlek) {
            throw new IllegalArgumentException("Stickprovet ska ha 1–" + populationsstorlek + " poster: " + storlek);
        }
        Random slump = new Random(fro);
        Set<Integer> valda = new TreeSet<>();
        for (int j = populationsstorlek - storlek; j < populationsstorlek; j++) {
            int t = slump.nextInt(j + 1);
            valda.add(valda.contains(t) ? j : t);
        }
        return valda;
    }
}
