package se.kvalitetsledning.sammanstallning;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.sammanstallning.Arendeflode.Flode;
import se.kvalitetsledning.sammanstallning.Arendeflode.Manadsantal;

/** A month's cases are few enough to count here; the indexes find them without a scan. */
@Repository
class ArendeflodeRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<ArendeflodeDokument> buffert;

    ArendeflodeRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, ArendeflodeDokument.class, d -> d.id);
    }

    Optional<ArendeflodeDokument> hamta(String id) {
        return buffert.hitta(id);
    }

    /** Stores a newly received case unless it is already there (a redelivered event). */
    void ny(ArendeflodeDokument dokument) {
        if (hamta(dokument.id).isEmpty()) {
            buffert.spara(dokument);
        }
    }

    void spara(ArendeflodeDokument dokument) {
        buffert.spara(dokument);
    }

    void rensa() {
        mongo.remove(new Query(), ArendeflodeDokument.class);
    }

    Arendeflode rakna(RaknaArendeflode fraga) {
        var manad = fraga.manad().toString();
        var inkomna = hitta(fraga.enheter(), where("manad").is(manad));
        var avslutade = hitta(fraga.enheter(), where("avslutadManad").is(manad));
        var sena = hitta(fraga.enheter(), where("oppen").is(true).orOperator(where("forsenad").is(true),
                where("slag").is(Arendeslag.AVVIKELSE).and("inkom").lt(fraga.avvikelseForsenadFore())));
        var perManad = perManad(fraga);
        var floden = new ArrayList<Flode>();
        for (Arendeslag slag : Arendeslag.values()) {
            var manader = new ArrayList<Manadsantal>();
            for (var m = Arendeflode.historikFran(fraga.manad()); !m.isAfter(fraga.manad()); m = m.plusMonths(1)) {
                manader.add(new Manadsantal(m, perManad.getOrDefault(slag + ":" + m, 0L)));
            }
            floden.add(flode(slag, avSlag(inkomna, slag), avSlag(avslutade, slag), avSlag(sena, slag).size(),
                    manader));
        }
        return new Arendeflode(fraga.manad(), floden);
    }

    private static Flode flode(Arendeslag slag, List<ArendeflodeDokument> inkomna,
                               List<ArendeflodeDokument> avslutade, long sena, List<Manadsantal> perManad) {
        Map<String, Long> kategorier = new TreeMap<>();
        Map<String, Long> typer = new TreeMap<>();
        Map<Riskfarg, Long> farger = new EnumMap<>(Riskfarg.class);
        Map<Bedomningsniva, Long> nivaer = new EnumMap<>(Bedomningsniva.class);
        long oppna = 0;
        long anmalda = 0;
        for (var d : inkomna) {
            oppna += d.oppen ? 1 : 0;
            anmalda += d.anmaldTillIvo ? 1 : 0;
            raknaIn(kategorier, d.kategori);
            raknaIn(typer, d.typ);
            raknaIn(farger, d.riskfarg);
            raknaIn(nivaer, d.niva);
        }
        var dagar = avslutade.stream().map(d -> d.handlingsdagar).sorted().toList();
        return new Flode(slag, inkomna.size(), oppna, kategorier, typer, farger, nivaer, anmalda, dagar, sena,
                perManad);
    }

    private static <K> void raknaIn(Map<K, Long> antal, K nyckel) {
        if (nyckel != null) {
            antal.merge(nyckel, 1L, Long::sum);
        }
    }

    /** The cases per slag and month of the 24 months, keyed "slag:yyyy-MM", grouped in the database. */
    private Map<String, Long> perManad(RaknaArendeflode fraga) {
        var manader = where("manad").gte(Arendeflode.historikFran(fraga.manad()).toString())
                .lte(fraga.manad().toString());
        var urval = fraga.enheter() == null ? manader
                : new Criteria().andOperator(manader, where("enhet").in(fraga.enheter()));
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(urval),
                Aggregation.group("slag", "manad").count().as("antal"),
                Aggregation.project("slag", "manad").and("antal").as("antal"));
        Map<String, Long> antal = new HashMap<>();
        mongo.aggregate(aggregation, ArendeflodeDokument.class, Grupp.class).getMappedResults()
                .forEach(g -> antal.put(g.slag() + ":" + g.manad(), g.antal()));
        return antal;
    }

    record Grupp(Arendeslag slag, String manad, long antal) {
    }

    /** The closed cases' days per closing month, the months asked for by equality ($in), not by range. */
    Handlingstider handlingstider(RaknaHandlingstider fraga) {
        var manader = new ArrayList<String>();
        for (var m = fraga.fran(); !m.isAfter(fraga.till()); m = m.plusMonths(1)) {
            manader.add(m.toString());
        }
        var avslutade = hitta(fraga.enheter(), where("avslutadManad").in(manader).and("slag").is(fraga.slag()));
        Map<String, List<Long>> dagar = new TreeMap<>();
        avslutade.forEach(d -> dagar.computeIfAbsent(d.avslutadManad, m -> new ArrayList<>()).add(d.handlingsdagar));
        return new Handlingstider(dagar.entrySet().stream().map(e -> new Handlingstider.Manad(
                YearMonth.parse(e.getKey()), e.getValue().stream().sorted().toList())).toList());
    }

    private List<ArendeflodeDokument> hitta(Set<String> enheter, Criteria villkor) {
        var urval = enheter == null ? villkor : new Criteria().andOperator(villkor, where("enhet").in(enheter));
        return mongo.find(Query.query(urval), ArendeflodeDokument.class);
    }

    private static List<ArendeflodeDokument> avSlag(List<ArendeflodeDokument> dokument, Arendeslag slag) {
        return dokument.stream().filter(d -> d.slag == slag).toList();
    }
}
