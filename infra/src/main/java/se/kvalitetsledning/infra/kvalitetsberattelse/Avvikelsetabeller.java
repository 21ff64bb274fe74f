package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.avvikelse.Kategorirakning;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.kvalitetsberattelse.Arsjamforelse.Post;
import se.kvalitetsledning.kvalitetsberattelse.Tabell;

/**
 * The avvikelser of a year beside the previous year's: per category, per kvalitetsområde, and the year's three most
 * common categories with their total (the unclassified ones are no category and never among them).
 */
final class Avvikelsetabeller {

    private Avvikelsetabeller() {
    }

    static List<Tabell> tabeller(int ar, List<Kategorirakning> iar, List<Kategorirakning> ifjol,
                                 List<AvvikelseRakning> omradenIar, List<AvvikelseRakning> omradenIfjol,
                                 Function<String, String> kategorinamn, String byggtFran) {
        Map<String, Long> nu = perKategori(iar);
        Map<String, Long> forra = perKategori(ifjol);
        Comparator<Post> vanligast = Comparator.comparingLong(Post::iar).reversed().thenComparing(Post::etikett);
        List<Post> kategorier = new TreeSet<>(Stream.concat(nu.keySet().stream(), forra.keySet().stream()).toList())
                .stream()
                .map(k -> new Post(namn(k, kategorinamn), forra.getOrDefault(k, 0L), nu.getOrDefault(k, 0L)))
                .sorted(vanligast)
                .toList();
        List<Post> toppTre = nu.keySet().stream()
                .filter(k -> !AvvikelseRakning.OKLASSIFICERAD.equals(k))
                .map(k -> new Post(namn(k, kategorinamn), forra.getOrDefault(k, 0L), nu.get(k)))
                .sorted(vanligast).limit(3).toList();
        return List.of(
                Arsjamforelse.tabell("avvikelser-kategorier", "Avvikelser per kategori", "Kategori", ar, kategorier,
                        true, byggtFran),
                Arsjamforelse.tabell("avvikelser-kvalitetsomraden", "Avvikelser per kvalitetsområde",
                        "Kvalitetsområde", ar, omraden(omradenIar, omradenIfjol), false,
                        byggtFran + " En avvikelse med flera kvalitetsområden räknas under vart och ett."),
                Arsjamforelse.tabell("avvikelser-topp-tre", "De tre vanligaste kategorierna " + ar, "Kategori", ar,
                        toppTre, true, byggtFran));
    }

    private static List<Post> omraden(List<AvvikelseRakning> iar, List<AvvikelseRakning> ifjol) {
        Map<String, Long> nu = perOmrade(iar);
        Map<String, Long> forra = perOmrade(ifjol);
        Stream<Post> omraden = Arrays.stream(Kvalitetsomrade.values())
                .map(o -> new Post(o.benamning(), forra.getOrDefault(o.name(), 0L), nu.getOrDefault(o.name(), 0L)));
        Post inget = new Post("Inget angivet", forra.getOrDefault(AvvikelseRakning.INGET_OMRADE, 0L),
                nu.getOrDefault(AvvikelseRakning.INGET_OMRADE, 0L));
        return Stream.concat(omraden, Stream.of(inget).filter(p -> p.iar() + p.ifjol() > 0)).toList();
    }

    private static Map<String, Long> perKategori(List<Kategorirakning> rakningar) {
        return rakningar.stream().collect(Collectors.groupingBy(Kategorirakning::kategori,
                Collectors.summingLong(Kategorirakning::antal)));
    }

    private static Map<String, Long> perOmrade(List<AvvikelseRakning> rakningar) {
        return rakningar.stream().collect(Collectors.groupingBy(AvvikelseRakning::kvalitetsomrade,
                Collectors.summingLong(AvvikelseRakning::antal)));
    }

    private static String namn(String kategori, Function<String, String> kategorinamn) {
        return AvvikelseRakning.OKLASSIFICERAD.equals(kategori) ? "Ej klassificerad" : kategorinamn.apply(kategori);
    }
}
