package se.kvalitetsledning.riskanalys;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Batchbuffert;

/**
 * The riskanalyser by id and by enhet; the year's counters and the matrix come from {@link RiskanalysIndex}, found by
 * {@code _id} only, so they cost the same however long the history is.
 */
@Repository
class RiskanalysRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<RiskanalysDokument> buffert;
    private final RiskanalysIndex index;

    RiskanalysRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, RiskanalysDokument.class, d -> d.id);
        this.index = new RiskanalysIndex(mongo);
    }

    Optional<RiskanalysDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    /** Stores a newly inledd analysis unless it is already there (a redelivered event). */
    void ny(RiskanalysDokument analys) {
        if (buffert.hitta(analys.id).isEmpty()) {
            buffert.spara(analys);
            index.flytta(Set.of(), analys);
        }
    }

    /** Changes the analysis by an event newer than the one it holds, and moves its rows in the index accordingly. */
    void andra(String id, long seq, Consumer<RiskanalysDokument> andring) {
        buffert.hitta(id).filter(d -> seq > d.version).ifPresent(d -> {
            var fore = RiskanalysIndex.rader(d);
            andring.accept(d);
            d.version = seq;
            buffert.spara(d);
            index.flytta(fore, d);
        });
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

    /** Every analysis of the enheter with its risks, for the register. */
    List<RiskanalysDokument> iEnheter(Set<String> enheter) {
        var fragan = Query.query(where("enhet").in(enheter));
        fragan.fields().exclude("historik");
        return mongo.find(fragan, RiskanalysDokument.class);
    }

    RiskanalysStatistik statistik(Set<String> enheter, int ar) {
        return index.statistik(enheter, ar);
    }

    Riskmatris matris(Set<String> enheter) {
        return index.matris(enheter);
    }

    void rensa() {
        mongo.remove(new Query(), RiskanalysDokument.class);
        index.rensa();
    }
}
