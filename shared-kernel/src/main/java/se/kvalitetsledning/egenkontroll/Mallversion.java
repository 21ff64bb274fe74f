package se.kvalitetsledning.egenkontroll;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * A published version of a kontrollmall, whole: what a check performed with it was asked and how its result is
 * coloured, so the result can always be recomputed with the version it used.
 */
public record Mallversion(
        KontrollmallId mall,
        int nummer,
        String namn,
        String beskrivning,
        Set<Kvalitetsomrade> kvalitetsomraden,
        List<Fraga> fragor,
        Trosklar trosklar) {

    public static Mallversion av(KontrollmallId mall, int nummer, Mallinnehall innehall) {
        return new Mallversion(mall, nummer, innehall.namn(), innehall.beskrivning(),
                Set.copyOf(innehall.kvalitetsomraden()), List.copyOf(innehall.fragor()), innehall.trosklar());
    }

    public Optional<Fraga> fraga(FragaId id) {
        return fragor.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
