package se.kvalitetsledning.egenkontroll;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Indexerade;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Tomning;

@Repository
class EgenkontrollRepository {

    private static final String[] PLANFALT = {"mall", "enhet", "manad", "ar", "ansvarig", "status", "genomford",
        "mallversion"};

    private final MongoTemplate mongo;
    private final Radindex rakning;
    private final Indexerade<EgenkontrollDokument> dokument;

    EgenkontrollRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.rakning = new Radindex(mongo, Kontrollrakning.SAMLING);
        this.dokument = new Indexerade<>(mongo, EgenkontrollDokument.class, rakning, Kontrollrakning::rader);
    }

    Optional<EgenkontrollDokument> hitta(String id) {
        return dokument.hitta(id);
    }

    /** Stores a newly planned check unless it is already there (a redelivered event). */
    void ny(EgenkontrollDokument kontroll) {
        dokument.ny(kontroll);
    }

    /** Changes the check by an event newer than the one it holds, and moves its counters' row accordingly. */
    void andra(String id, long seq, Consumer<EgenkontrollDokument> andring) {
        dokument.andra(id, seq, andring);
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
        Tomning.tom(mongo, EgenkontrollDokument.class);
        rakning.rensa();
    }
}
