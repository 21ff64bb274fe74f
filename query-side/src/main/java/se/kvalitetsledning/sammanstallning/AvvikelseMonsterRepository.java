package se.kvalitetsledning.sammanstallning;

import static java.util.Comparator.comparing;
import static java.util.stream.Collectors.groupingBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.sammanstallning.Monsterunderlag.Koncentration;
import se.kvalitetsledning.sammanstallning.Monsterunderlag.Manadsantal;

/** The documents are grouped in the database; only the groups' counts are folded here. */
@Repository
class AvvikelseMonsterRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<AvvikelseMonsterDokument> buffert;

    AvvikelseMonsterRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, AvvikelseMonsterDokument.class, AvvikelseMonsterDokument::id);
    }

    Optional<AvvikelseMonsterDokument> hamta(String avvikelse) {
        return buffert.hitta(avvikelse);
    }

    void spara(AvvikelseMonsterDokument dokument) {
        buffert.spara(dokument);
    }

    void rensa() {
        mongo.remove(new Query(), AvvikelseMonsterDokument.class);
    }

    Monsterunderlag underlag(RaknaMonster fraga) {
        var perManad = grupper(urval(fraga.enheter(), Monsterunderlag.historikFran(fraga.fran()), fraga.till()),
                "enhet", "kategori", "manad");
        var perBrukare = grupper(urval(fraga.enheter(), fraga.fran(), fraga.till()),
                "kategori", "enhet", "brukarnyckel");
        var kategorier = perBrukare.stream().collect(groupingBy(Grupp::kategori)).entrySet().stream()
                .map(kategori -> koncentration(kategori.getKey(), kategori.getValue()))
                .sorted(comparing(Koncentration::antal, Comparator.reverseOrder())
                        .thenComparing(Koncentration::kategori))
                .toList();
        return new Monsterunderlag(fraga.fran(), fraga.till(), kategorier,
                perManad(perManad, Grupp::kategori), perManad(perManad, Grupp::enhet));
    }

    private static Criteria urval(Set<String> enheter, YearMonth fran, YearMonth till) {
        var manader = where("manad").gte(fran.toString()).lte(till.toString());
        return enheter == null ? manader : new Criteria().andOperator(where("enhet").in(enheter), manader);
    }

    private List<Grupp> grupper(Criteria urval, String... falt) {
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(urval),
                Aggregation.group(falt).count().as("antal"),
                Aggregation.project(falt).and("antal").as("antal"));
        return mongo.aggregate(aggregation, AvvikelseMonsterDokument.class, Grupp.class).getMappedResults();
    }

    /** Per brukare the avvikelser of one enhet with one brukarnyckel; those without a brukare count only in M. */
    private static Koncentration koncentration(String kategori, List<Grupp> grupper) {
        long antal = 0;
        long flest = 0;
        long brukare = 0;
        for (Grupp g : grupper) {
            antal += g.antal();
            if (g.brukarnyckel() != null) {
                flest = Math.max(flest, g.antal());
                brukare++;
            }
        }
        return new Koncentration(kategori, antal, flest, brukare);
    }

    private static List<Manadsantal> perManad(List<Grupp> grupper, Function<Grupp, String> id) {
        Map<String, Map<String, Long>> summor = new TreeMap<>();
        for (Grupp g : grupper) {
            summor.computeIfAbsent(id.apply(g), x -> new TreeMap<>()).merge(g.manad(), g.antal(), Long::sum);
        }
        var antal = new ArrayList<Manadsantal>();
        summor.forEach((namn, manader) -> manader.forEach((manad, n) ->
                antal.add(new Manadsantal(namn, YearMonth.parse(manad), n))));
        return antal;
    }

    /** One group of documents; the fields it was not grouped by are null. */
    record Grupp(String enhet, String kategori, String manad, String brukarnyckel, long antal) {
    }
}
