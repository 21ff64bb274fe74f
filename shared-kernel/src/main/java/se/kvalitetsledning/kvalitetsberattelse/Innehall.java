package se.kvalitetsledning.kvalitetsberattelse;

import java.util.List;
import java.util.Optional;

/**
 * The generated numbers of a kvalitetsberättelse: the scope's name as the organisation had it, and per section its
 * tables (a section may have none).
 */
public record Innehall(String omfangsnamn, List<Avsnittsinnehall> avsnitt) {

    public Innehall {
        avsnitt = List.copyOf(avsnitt);
    }

    public record Avsnittsinnehall(Avsnitt avsnitt, List<Tabell> tabeller) {

        public Avsnittsinnehall {
            tabeller = List.copyOf(tabeller);
        }
    }

    public List<Tabell> tabeller(Avsnitt vilket) {
        return avsnitt.stream().filter(a -> a.avsnitt() == vilket).findFirst()
                .map(Avsnittsinnehall::tabeller).orElse(List.of());
    }

    public Optional<Tabell> tabell(String nyckel) {
        return avsnitt.stream().flatMap(a -> a.tabeller().stream()).filter(t -> t.nyckel().equals(nyckel))
                .findFirst();
    }
}
