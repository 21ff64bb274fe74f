package se.kvalitetsledning.riskanalys;

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

@Repository
class RiskanalysRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<RiskanalysDokument> buffert;

    RiskanalysRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, RiskanalysDokument.class, d -> d.id);
    }

    Optional<RiskanalysDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    void spara(RiskanalysDokument analys) {
        buffert.spara(analys);
    }

    /** The analyses of the enheter matching the optional filters, the latest date first. */
    List<RiskanalysDokument> sok(ListaRiskanalyser fraga) {
        Criteria villkor = where("enhet").in(fraga.enheter());
        if (fraga.anledning() != null) {
            villkor = villkor.and("anledning").is(fraga.anledning());
        }
        if (fraga.faststalld() != null) {
            villkor = villkor.and("faststalld").is(fraga.faststalld());
        }
        var fragan = Query.query(villkor).with(Sort.by(Sort.Order.desc("datum"), Sort.Order.asc("_id")));
        fragan.fields().exclude("historik");
        return mongo.find(fragan, RiskanalysDokument.class);
    }

    /** Every analysis of the enheter with its risks, for the register, the matrix and the counters. */
    List<RiskanalysDokument> iEnheter(Set<String> enheter) {
        var fragan = Query.query(where("enhet").in(enheter));
        fragan.fields().exclude("historik");
        return mongo.find(fragan, RiskanalysDokument.class);
    }

    void rensa() {
        mongo.remove(new Query(), RiskanalysDokument.class);
    }
}
