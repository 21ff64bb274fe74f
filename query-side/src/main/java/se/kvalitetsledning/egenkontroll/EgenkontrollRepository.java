package se.kvalitetsledning.egenkontroll;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Radindex.Rad;

@Repository
class EgenkontrollRepository {

    private static final String[] PLANFALT = {"mall", "enhet", "manad", "ar", "ansvarig", "status", "genomford",
        "mallversion"};

    private final MongoTemplate mongo;
    private final Batchbuffert<EgenkontrollDokument> buffert;
    private final Radindex rakning;

    EgenkontrollRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, EgenkontrollDokument.class, d -> d.id);
        this.rakning = new Radindex(mongo, Kontrollrakning.SAMLING);
    }

    Optional<EgenkontrollDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    /** Stores the check; {@code fore} is its counters' row before the change (none when new). */
    void spara(EgenkontrollDokument kontroll, Set<Rad> fore) {
        buffert.spara(kontroll);
        rakning.flytta(fore, Kontrollrakning.rader(kontroll));
    }

    /** The checks of the enheter, of the year or of every year, by month and enhet. */
    List<EgenkontrollDokument> plan(ListaEgenkontrollplan fraga) {
        Criteria villkor = where("enhet").in(fraga.enheter());
        if (fraga.ar() != null) {
            villkor = villkor.and("ar").is(fraga.ar());
        }
        var fragan = Query.query(villkor).with(Sort.by("manad", "enhet", "_id"));
        fragan.fields().include(PLANFALT);
        return mongo.find(fragan, EgenkontrollDokument.class);
    }

    /** The latest performed check of the enhet, of any template. */
    Optional<EgenkontrollDokument> senastGenomford(String enhet) {
        var fragan = Query.query(where("enhet").is(enhet).and("status").is(EgenkontrollStatus.GENOMFORD))
                .with(Sort.by(Sort.Order.desc("genomford"))).limit(1);
        fragan.fields().include("genomford");
        return Optional.ofNullable(mongo.findOne(fragan, EgenkontrollDokument.class));
    }

    /** The performed check of the same template and enhet that came before this one. */
    Optional<EgenkontrollDokument> foregaende(EgenkontrollDokument kontroll) {
        Criteria villkor = where("mall").is(kontroll.mall).and("enhet").is(kontroll.enhet)
                .and("status").is(EgenkontrollStatus.GENOMFORD).and("_id").ne(kontroll.id);
        if (kontroll.genomford != null) {
            villkor = villkor.and("genomford").lt(kontroll.genomford);
        }
        var fragan = Query.query(villkor).with(Sort.by(Sort.Order.desc("genomford"))).limit(1);
        fragan.fields().include("manad", "genomford", "resultat");
        return Optional.ofNullable(mongo.findOne(fragan, EgenkontrollDokument.class));
    }

    /** The counters' rows of the checks planned for the year in the enheter. */
    List<List<String>> rakningsrader(RaknaEgenkontroller fraga) {
        return rakning.allaRader(fraga.enheter().stream().map(e -> Kontrollrakning.dokument(e, fraga.ar())).toList());
    }

    void rensa() {
        mongo.remove(new Query(), EgenkontrollDokument.class);
        rakning.rensa();
    }
}
