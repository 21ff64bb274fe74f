package se.kvalitetsledning.infra.lexsarah;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Anvandare;

/**
 * Who opened which lex Sarah case, and when: an access log, written only by insert and never emptied by a
 * projection rebuild. It is not an event: a view changes nothing in the case, and as an event it would bump the
 * case's version under everyone editing it.
 */
@Component
public class Visningslogg {

    public static final String SAMLING = "lex-sarah-visningar";

    /** One view: the case, who, when, and what was opened (the case page, the API, the anmälan). */
    public record Visning(String arende, Anvandare anvandare, Instant tid, String vad) {
    }

    private final MongoTemplate mongo;

    Visningslogg(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(SAMLING).createIndex(new Index().on("arende", Sort.Direction.ASC).on("tid", Sort.Direction.ASC));
    }

    void registrera(String arende, Anvandare anvandare, Instant tid, String vad) {
        mongo.insert(new Visning(arende, anvandare, tid, vad), SAMLING);
    }

    public List<Visning> visningar(String arende) {
        return mongo.find(Query.query(where("arende").is(arende)).with(Sort.by("tid")), Visning.class, SAMLING);
    }
}
