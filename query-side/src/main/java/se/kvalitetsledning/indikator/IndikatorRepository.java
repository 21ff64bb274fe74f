package se.kvalitetsledning.indikator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class IndikatorRepository {

    private final MongoTemplate mongo;

    IndikatorRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<IndikatorDokument> hitta(String id) {
        return Optional.ofNullable(mongo.findById(id, IndikatorDokument.class));
    }

    void spara(IndikatorDokument indikator) {
        mongo.save(indikator);
    }

    List<IndikatorDokument> iEnheter(Set<String> enheter) {
        return mongo.find(Query.query(where("enhet").in(enheter))
                .with(Sort.by(Sort.Order.asc("enhet"), Sort.Order.asc("namn"), Sort.Order.asc("_id"))),
                IndikatorDokument.class);
    }

    void rensa() {
        mongo.remove(new Query(), IndikatorDokument.class);
    }
}
