package se.kvalitetsledning.kvalitetsberattelse;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Tomning;

@Repository
class KvalitetsberattelseRepository {

    private final MongoTemplate mongo;

    KvalitetsberattelseRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<KvalitetsberattelseDokument> hitta(String id) {
        return Optional.ofNullable(mongo.findById(id, KvalitetsberattelseDokument.class));
    }

    void spara(KvalitetsberattelseDokument berattelse) {
        mongo.save(berattelse);
    }

    /** Every berättelse without its content (a few a year), the latest year first. */
    List<KvalitetsberattelseDokument> alla() {
        var fragan = new Query().with(Sort.by(Sort.Order.desc("ar"), Sort.Order.asc("_id")));
        fragan.fields().exclude("innehall", "texter", "kommentarer", "tidigare");
        return mongo.find(fragan, KvalitetsberattelseDokument.class);
    }

    void rensa() {
        Tomning.tom(mongo, KvalitetsberattelseDokument.class);
    }
}
