package se.kvalitetsledning.egenkontroll;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Batchbuffert;

@Repository
class EgenkontrollRepository {

    private static final String[] PLANFALT = {"mall", "enhet", "manad", "ar", "ansvarig", "status", "genomford",
        "mallversion"};

    private final MongoTemplate mongo;
    private final Batchbuffert<EgenkontrollDokument> buffert;

    EgenkontrollRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, EgenkontrollDokument.class, d -> d.id);
    }

    Optional<EgenkontrollDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    void spara(EgenkontrollDokument kontroll) {
        buffert.spara(kontroll);
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

    /** What the counters need of the checks planned for the year in the enheter. */
    List<EgenkontrollDokument> planeradeUnder(RaknaEgenkontroller fraga) {
        var fragan = Query.query(where("enhet").in(fraga.enheter()).and("ar").is(fraga.ar()));
        fragan.fields().include("mall", "enhet", "ar", "status", "resultat");
        return mongo.find(fragan, EgenkontrollDokument.class);
    }

    void rensa() {
        mongo.remove(new Query(), EgenkontrollDokument.class);
    }
}
