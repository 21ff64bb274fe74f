package se.kvalitetsledning.avvikelse;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.projektion.Batchmangder;
import se.kvalitetsledning.projektion.Tomning;

/** Counters change only through {@code $addToSet} and {@code $pull}, both harmless when repeated. */
@Repository
class AvvikelseRakningRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<RakningsunderlagDokument> buffert;
    private final Batchmangder raknare;

    AvvikelseRakningRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, RakningsunderlagDokument.class, RakningsunderlagDokument::id);
        this.raknare = new Batchmangder(mongo, AvvikelseRakningDokument.class, "avvikelser");
    }

    Optional<RakningsunderlagDokument> underlag(String avvikelse) {
        return buffert.hitta(avvikelse);
    }

    void spara(RakningsunderlagDokument underlag) {
        buffert.spara(underlag);
    }

    void raknaIn(String avvikelse, Collection<Rakningsnyckel> nycklar) {
        for (var n : nycklar) {
            raknare.lagg(n.id(), Map.of("enhet", n.enhet(), "manad", n.manad(), "kategori", n.kategori(),
                    "kvalitetsomrade", n.kvalitetsomrade()), avvikelse);
        }
    }

    void raknaUr(String avvikelse, Collection<Rakningsnyckel> nycklar) {
        nycklar.forEach(n -> raknare.ta(n.id(), avvikelse));
    }

    List<AvvikelseRakning> rakna(Collection<String> enheter, YearMonth fran, YearMonth till) {
        var villkor = new ArrayList<Criteria>();
        if (enheter != null) {
            villkor.add(where("enhet").in(enheter));
        }
        if (fran != null) {
            villkor.add(where("manad").gte(fran.toString()));
        }
        if (till != null) {
            villkor.add(where("manad").lte(till.toString()));
        }
        var urval = villkor.isEmpty() ? new Criteria() : new Criteria().andOperator(villkor);
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(urval),
                Aggregation.project("enhet", "manad", "kategori", "kvalitetsomrade")
                        .and("avvikelser").size().as("antal"),
                Aggregation.match(where("antal").gt(0)),
                Aggregation.sort(Sort.by("enhet", "manad", "kategori", "kvalitetsomrade")));
        return mongo.aggregate(aggregation, AvvikelseRakningDokument.class, Rad.class).getMappedResults().stream()
                .map(r -> new AvvikelseRakning(r.enhet(), YearMonth.parse(r.manad()), r.kategori(),
                        r.kvalitetsomrade(), r.antal()))
                .toList();
    }

    /**
     * The avvikelser per enhet and category in the period, each once: an avvikelse with several kvalitetsområden is
     * in several counters of its category, so their sets are joined rather than their sizes summed.
     */
    List<Kategorirakning> raknaPerKategori(Collection<String> enheter, YearMonth fran, YearMonth till) {
        var fragan = Query.query(where("enhet").in(enheter).and("manad").gte(fran.toString()).lte(till.toString()));
        fragan.fields().include("enhet", "kategori", "avvikelser");
        Map<List<String>, Set<String>> avvikelser = new TreeMap<>(Comparator.comparing((List<String> n) -> n.get(0))
                .thenComparing(n -> n.get(1)));
        for (var d : mongo.find(fragan, AvvikelseRakningDokument.class)) {
            avvikelser.computeIfAbsent(List.of(d.enhet(), d.kategori()), n -> new HashSet<>()).addAll(d.avvikelser());
        }
        return avvikelser.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Kategorirakning(e.getKey().get(0), e.getKey().get(1), e.getValue().size()))
                .toList();
    }

    void rensa() {
        Tomning.tom(mongo, AvvikelseRakningDokument.class);
        Tomning.tom(mongo, RakningsunderlagDokument.class);
    }

    record Rad(String enhet, String manad, String kategori, String kvalitetsomrade, long antal) {
    }
}
