package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.kvalitetsledning.kvalitetsberattelse.Innehall;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer;
import se.kvalitetsledning.kvalitetsberattelse.Omfang;
import se.kvalitetsledning.kvalitetsberattelse.Tabell;

/**
 * A berättelse's numbers rebuilt as of {@code per}, and the tables whose numbers (columns and rows) differ from those
 * of its current edition: none, when rebuilt as of the moment that edition was generated, whatever was filed later.
 */
record KvalitetsberattelsePer(String id, int ar, Omfang omfang, Instant per, Innehall innehall,
                              List<String> skiljerSigFranUtgavan) {

    static KvalitetsberattelsePer av(KvalitetsberattelseDetaljer berattelse, Instant per, Innehall innehall) {
        Map<String, Tabell> utgavan = perNyckel(berattelse.avsnitt().stream()
                .flatMap(a -> a.tabeller().stream())
                .map(KvalitetsberattelseDetaljer.Tabellvy::tabell));
        Map<String, Tabell> aterskapade = perNyckel(innehall.avsnitt().stream().flatMap(a -> a.tabeller().stream()));
        List<String> skiljerSig = Stream.concat(aterskapade.keySet().stream(), utgavan.keySet().stream())
                .distinct()
                .filter(nyckel -> !sammaSiffror(aterskapade.get(nyckel), utgavan.get(nyckel)))
                .toList();
        return new KvalitetsberattelsePer(berattelse.id(), berattelse.ar(), berattelse.omfang(), per, innehall,
                skiljerSig);
    }

    private static Map<String, Tabell> perNyckel(Stream<Tabell> tabeller) {
        return tabeller.collect(Collectors.toMap(Tabell::nyckel, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static boolean sammaSiffror(Tabell aterskapad, Tabell iUtgavan) {
        return aterskapad != null && iUtgavan != null && aterskapad.kolumner().equals(iUtgavan.kolumner())
                && aterskapad.rader().equals(iUtgavan.rader());
    }
}
