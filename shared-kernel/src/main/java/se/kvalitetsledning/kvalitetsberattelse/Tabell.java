package se.kvalitetsledning.kvalitetsberattelse;

import java.util.List;

/**
 * One table of numbers as it was generated: {@code nyckel} names it within the berättelse (a comment is kept beside
 * it by that name), the cells are text as printed, and {@code byggtFran} says which data it was built from, as of
 * when.
 */
public record Tabell(String nyckel, String titel, List<String> kolumner, List<Rad> rader, String byggtFran) {

    public Tabell {
        kolumner = List.copyOf(kolumner);
        rader = List.copyOf(rader);
    }

    public record Rad(List<String> celler) {

        public Rad {
            celler = List.copyOf(celler);
        }

        public static Rad av(String... celler) {
            return new Rad(List.of(celler));
        }
    }
}
