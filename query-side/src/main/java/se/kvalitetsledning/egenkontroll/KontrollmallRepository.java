package se.kvalitetsledning.egenkontroll;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Tomning;

@Repository
class KontrollmallRepository {

    private final MongoTemplate mongo;

    KontrollmallRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<KontrollmallDokument> hitta(String id) {
        return Optional.ofNullable(mongo.findById(id, KontrollmallDokument.class));
    }

    void spara(KontrollmallDokument mall) {
        mongo.save(mall);
    }

    List<KontrollmallDokument> alla() {
        return mongo.find(new Query().with(Sort.by("namn", "_id")), KontrollmallDokument.class);
    }

    /** The templates' names by id, for the plan and the counters. */
    Map<String, String> namn() {
        var fragan = new Query();
        fragan.fields().include("namn");
        return mongo.find(fragan, KontrollmallDokument.class).stream()
                .collect(Collectors.toMap(d -> d.id, d -> d.namn));
    }

    void rensa() {
        Tomning.tom(mongo, KontrollmallDokument.class);
    }
}
