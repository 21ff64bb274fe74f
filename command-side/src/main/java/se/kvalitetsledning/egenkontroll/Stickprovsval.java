package se.kvalitetsledning.egenkontroll;

import java.util.HashSet;
import java.util.List;

import se.kvalitetsledning.gemensamt.RegelBrott;

/** Turns what the performer gave into the sample: the population one way only, a sample no larger than it. */
final class Stickprovsval {

    private Stickprovsval() {
    }

    static Stickprov stickprov(DraStickprov kommando) {
        List<String> population = kommando.population();
        if ((population == null) == (kommando.populationsstorlek() == null)) {
            throw new RegelBrott("Ange antingen populationens storlek eller en lista med referenser");
        }
        if (population != null && new HashSet<>(population).size() < population.size()) {
            throw new RegelBrott("Listan har samma referens flera gånger");
        }
        int storlek = population != null ? population.size() : kommando.populationsstorlek();
        Integer urval = kommando.stickprovsstorlek();
        if (urval != null && urval > storlek) {
            throw new RegelBrott("Stickprovet kan inte vara större än populationen (" + storlek + ")");
        }
        boolean hela = urval == null || urval == storlek;
        if (population != null) {
            return hela ? Stickprovsdragning.hela(population)
                    : Stickprovsdragning.ur(population, urval, kommando.fro());
        }
        return hela ? Stickprovsdragning.helaNumreringen(storlek)
                : Stickprovsdragning.urNumrering(storlek, urval, kommando.fro());
    }
}
