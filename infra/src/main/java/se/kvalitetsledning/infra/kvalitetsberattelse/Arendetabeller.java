package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import se.kvalitetsledning.atgard.AtgardRakning;
import se.kvalitetsledning.infra.kvalitetsberattelse.Arsjamforelse.Post;
import se.kvalitetsledning.kvalitetsberattelse.Tabell;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.lexsarah.LexSarahRad;
import se.kvalitetsledning.synpunkt.SynpunktStatistik;
import se.kvalitetsledning.synpunkt.Synpunktstyp;
import se.kvalitetsledning.synpunkt.Typrakning;

/** The year's lex Sarah rapporter, synpunkter and åtgärder beside the previous year's. */
final class Arendetabeller {

    private Arendetabeller() {
    }

    /** Rapporter received in the year, by the level they were assessed at, and those reported to IVO. */
    static Tabell lexSarah(int ar, List<LexSarahRad> iar, List<LexSarahRad> ifjol, String byggtFran) {
        List<Post> poster = new ArrayList<>();
        poster.add(post("Rapporter mottagna", iar, ifjol, r -> true));
        for (Bedomningsniva niva : Bedomningsniva.values()) {
            poster.add(post("Bedömd: " + niva.benamning(), iar, ifjol, r -> r.niva() == niva));
        }
        poster.add(post("Ännu inte bedömda", iar, ifjol, r -> r.niva() == null));
        poster.add(post("Anmälda till IVO", iar, ifjol, r -> r.anmalanSkickad() != null));
        return Arsjamforelse.tabell("lex-sarah", "Lex Sarah-rapporter", "", ar, poster, false, byggtFran);
    }

    static List<Tabell> synpunkter(int ar, List<Typrakning> iar, List<Typrakning> ifjol, SynpunktStatistik statIar,
                                   SynpunktStatistik statIfjol, String byggtFran) {
        List<Post> typer = Arrays.stream(Synpunktstyp.values())
                .map(t -> new Post(t.benamning(), antal(ifjol, t), antal(iar, t)))
                .toList();
        long fristIar = summa(statIar, SynpunktStatistik.Svarsandel::medSvarsfrist);
        long fristIfjol = summa(statIfjol, SynpunktStatistik.Svarsandel::medSvarsfrist);
        long iTidIar = summa(statIar, SynpunktStatistik.Svarsandel::besvaradeITid);
        long iTidIfjol = summa(statIfjol, SynpunktStatistik.Svarsandel::besvaradeITid);
        var svar = new Tabell("synpunkter-svar", "Svar inom servicenivån", List.of("", String.valueOf(ar - 1),
                String.valueOf(ar)), List.of(
                Tabell.Rad.av("Med svarsfrist", Arsjamforelse.tal(fristIfjol), Arsjamforelse.tal(fristIar)),
                Tabell.Rad.av("Besvarade i tid", Arsjamforelse.tal(iTidIfjol), Arsjamforelse.tal(iTidIar)),
                Tabell.Rad.av("Försenade",
                        Arsjamforelse.tal(summa(statIfjol, SynpunktStatistik.Svarsandel::forsenade)),
                        Arsjamforelse.tal(summa(statIar, SynpunktStatistik.Svarsandel::forsenade))),
                Tabell.Rad.av("Andel besvarade i tid", Arsjamforelse.andel(iTidIfjol, fristIfjol),
                        Arsjamforelse.andel(iTidIar, fristIar))),
                byggtFran + " Anonyma avsändare har ingen svarsfrist.");
        return List.of(Arsjamforelse.tabell("synpunkter-typer", "Synpunkter och klagomål per typ", "Typ", ar, typer,
                true, byggtFran), svar);
    }

    static Tabell atgarder(int ar, List<AtgardRakning> iar, List<AtgardRakning> ifjol, String byggtFran) {
        List<Post> poster = List.of(
                new Post("Skapade", summa(ifjol, AtgardRakning::skapade), summa(iar, AtgardRakning::skapade)),
                new Post("Genomförda", summa(ifjol, AtgardRakning::genomforda), summa(iar, AtgardRakning::genomforda)),
                new Post("Försenade", summa(ifjol, AtgardRakning::forsenade), summa(iar, AtgardRakning::forsenade)),
                new Post("Utvärderade med effekt", summa(ifjol, AtgardRakning::medEffekt),
                        summa(iar, AtgardRakning::medEffekt)));
        return Arsjamforelse.tabell("atgarder", "Åtgärder", "", ar, poster, false,
                byggtFran + " En åtgärd som gäller flera enheter räknas för var och en.");
    }

    private static Post post(String etikett, List<LexSarahRad> iar, List<LexSarahRad> ifjol,
                             Predicate<LexSarahRad> villkor) {
        return new Post(etikett, ifjol.stream().filter(villkor).count(), iar.stream().filter(villkor).count());
    }

    private static long antal(List<Typrakning> rakningar, Synpunktstyp typ) {
        return rakningar.stream().filter(r -> r.typ() == typ).mapToLong(Typrakning::antal).sum();
    }

    private static long summa(SynpunktStatistik statistik, ToLongFunction<SynpunktStatistik.Svarsandel> varde) {
        return statistik.svar().stream().mapToLong(varde).sum();
    }

    private static <T> long summa(List<T> rakningar, ToLongFunction<T> varde) {
        return rakningar.stream().mapToLong(varde).sum();
    }
}
