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

import se.kvalitetsledning.projektion.Indexerade;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Tomning;

/**
 * The riskanalyser by id and by enhet; the year's counters and the matrix come from {@link RiskanalysIndex}, found by
 * {@code _id} only, so they cost the same however long the history is.
 */
@Repository
class RiskanalysRepository {

    private final MongoTemplate mongo;
    private final Indexerade<RiskanalysDokument> dokument;
    private final RiskanalysIndex index;

    RiskanalysRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        Radindex rader = new Radindex(mongo, RiskanalysIndex.SAMLING);
        this.dokument = new Indexerade<>(mongo, RiskanalysDokument.class, rader, RiskanalysIndex::rader);
        this.index = new RiskanalysIndex(rader);
    }

    Optional<RiskanalysDokument> hitta(String id) {
        return dokument.hitta(id);
    }

    /** Stores a newly inledd analysis unless it is already there (a redelivered event). */
    void ny(RiskanalysDokument analys) {
        dokument.ny(analys);
    }

    /** Changes the analysis by an event newer than the one it holds, and moves its rows in the index accordingly. */
    void andra(String id, long seq, Consumer<RiskanalysDokument> andring) {
        dokument.andra(id, seq, andring);
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
        Tomning.tom(mongo, RiskanalysDokument.class);
        index.rensa();
    }
}
