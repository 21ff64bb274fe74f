package se.kvalitetsledning.kvalitetsrad;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Tomning;

@Repository
class KvalitetsradsmoteRepository {

    private final MongoTemplate mongo;

    KvalitetsradsmoteRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<KvalitetsradsmoteDokument> hitta(String id) {
        return Optional.ofNullable(mongo.findById(id, KvalitetsradsmoteDokument.class));
    }

    void spara(KvalitetsradsmoteDokument mote) {
        mongo.save(mote);
    }

    /** The latest first, without the frozen summaries, which only one meeting's page needs. */
    List<KvalitetsradsmoteDokument> alla() {
        var fraga = new Query().with(Sort.by(Sort.Order.desc("datum"), Sort.Order.desc("_id")));
        fraga.fields().exclude("underlag.innehall");
        return mongo.find(fraga, KvalitetsradsmoteDokument.class);
    }

    void rensa() {
        Tomning.tom(mongo, KvalitetsradsmoteDokument.class);
    }
}
