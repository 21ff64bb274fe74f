package se.kvalitetsledning.sammanstallning;

import static java.util.Comparator.comparing;
import static java.util.stream.Collectors.groupingBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.projektion.Tomning;
import se.kvalitetsledning.sammanstallning.AvvikelseMonsterIndex.Avvikelse;
import se.kvalitetsledning.sammanstallning.Monsterunderlag.Koncentration;
import se.kvalitetsledning.sammanstallning.Monsterunderlag.Manadsantal;

/**
 * The patterns are counted here from the rows of {@link AvvikelseMonsterIndex}, found by {@code _id} only, so a
 * period costs the same however long the history is, on a real MongoDB and on the embedded server.
 */
@Repository
class AvvikelseMonsterRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<AvvikelseMonsterDokument> buffert;
    private final AvvikelseMonsterIndex index;

    AvvikelseMonsterRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, AvvikelseMonsterDokument.class, AvvikelseMonsterDokument::id);
        this.index = new AvvikelseMonsterIndex(mongo);
    }

    Optional<AvvikelseMonsterDokument> hamta(String avvikelse) {
        return buffert.hitta(avvikelse);
    }

    /** Stores a newly registered avvikelse unless it is already there (a redelivered event). */
    void ny(AvvikelseMonsterDokument dokument) {
        if (buffert.hitta(dokument.id()).isEmpty()) {
            buffert.spara(dokument);
            index.flytta(Set.of(), dokument);
        }
    }

    /** Replaces the avvikelse's document by its changed state and moves its rows in the index accordingly. */
    void ersatt(AvvikelseMonsterDokument fore, AvvikelseMonsterDokument efter) {
        buffert.spara(efter);
        index.flytta(AvvikelseMonsterIndex.rader(fore), efter);
    }

    void rensa() {
        Tomning.tom(mongo, AvvikelseMonsterDokument.class);
        index.rensa();
    }

    Monsterunderlag underlag(RaknaMonster fraga) {
        var historik = index.avvikelser(fraga.enheter(), Monsterunderlag.historikFran(fraga.fran()), fraga.till());
        var kategorier = historik.stream().filter(a -> !a.manad().isBefore(fraga.fran()))
                .collect(groupingBy(Avvikelse::kategori)).entrySet().stream()
                .map(kategori -> koncentration(kategori.getKey(), kategori.getValue()))
                .sorted(comparing(Koncentration::antal, Comparator.reverseOrder())
                        .thenComparing(Koncentration::kategori))
                .toList();
        return new Monsterunderlag(fraga.fran(), fraga.till(), kategorier,
                perManad(historik, Avvikelse::kategori), perManad(historik, Avvikelse::enhet));
    }

    /** Per brukare the avvikelser of one enhet with one brukarnyckel; those without a brukare count only in M. */
    private static Koncentration koncentration(String kategori, List<Avvikelse> avvikelser) {
        Map<List<String>, Long> perBrukare = new HashMap<>();
        for (Avvikelse a : avvikelser) {
            if (a.brukarnyckel() != null) {
                perBrukare.merge(List.of(a.enhet(), a.brukarnyckel()), 1L, Long::sum);
            }
        }
        long flest = perBrukare.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return new Koncentration(kategori, avvikelser.size(), flest, perBrukare.size());
    }

    private static List<Manadsantal> perManad(List<Avvikelse> avvikelser, Function<Avvikelse, String> id) {
        Map<String, Map<YearMonth, Long>> summor = new TreeMap<>();
        for (Avvikelse a : avvikelser) {
            summor.computeIfAbsent(id.apply(a), x -> new TreeMap<>()).merge(a.manad(), 1L, Long::sum);
        }
        var antal = new ArrayList<Manadsantal>();
        summor.forEach((namn, manader) -> manader.forEach((manad, n) -> antal.add(new Manadsantal(namn, manad, n))));
        return antal;
    }
}
