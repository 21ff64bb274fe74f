package se.kvalitetsledning.indikator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.projektion.Tomning;

@Repository
class IndikatorRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<IndikatorDokument> buffert;

    IndikatorRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, IndikatorDokument.class, d -> d.id);
    }

    Optional<IndikatorDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    void spara(IndikatorDokument indikator) {
        buffert.spara(indikator);
    }

    List<IndikatorDokument> iEnheter(Set<String> enheter) {
        return mongo.find(Query.query(where("enhet").in(enheter))
                .with(Sort.by(Sort.Order.asc("enhet"), Sort.Order.asc("namn"), Sort.Order.asc("_id"))),
                IndikatorDokument.class);
    }

    void rensa() {
        Tomning.tom(mongo, IndikatorDokument.class);
    }
}
