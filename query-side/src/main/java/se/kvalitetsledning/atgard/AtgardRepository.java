package se.kvalitetsledning.atgard;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.projektion.Batchbuffert;

/** The backlog: by id, the filtered board, the year's documents of some enheter, and the overdue not yet reminded. */
@Repository
class AtgardRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<AtgardDokument> buffert;

    AtgardRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, AtgardDokument.class, d -> d.id);
    }

    Optional<AtgardDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    void spara(AtgardDokument atgard) {
        buffert.spara(atgard);
    }

    /** The board's rows, without the free text and history they do not show. */
    List<AtgardDokument> sok(ListaAtgarder fraga) {
        var urval = urval(fraga);
        urval.fields().exclude("historik", "beskrivning", "forvantadEffekt", "matning", "flyttningar");
        return mongo.find(urval, AtgardDokument.class);
    }

    /** The same åtgärder as {@link #sok}, whole. */
    List<AtgardDokument> sokHela(ListaAtgarder fraga) {
        return mongo.find(urval(fraga), AtgardDokument.class);
    }

    private static Query urval(ListaAtgarder fraga) {
        List<Criteria> vem = new ArrayList<>(List.of(where("enheter").in(fraga.enheter())));
        if (fraga.egnaFor() != null) {
            vem.add(where("agare.anvandarnamn").is(fraga.egnaFor()));
        }
        List<Criteria> villkor = new ArrayList<>(List.of(new Criteria().orOperator(vem)));
        if (fraga.enhet() != null) {
            villkor.add(where("enheter").is(fraga.enhet()));
        }
        if (fraga.agare() != null) {
            villkor.add(where("agare.anvandarnamn").is(fraga.agare()));
        }
        if (fraga.kvalitetsomrade() != null) {
            villkor.add(where("kvalitetsomraden").is(fraga.kvalitetsomrade()));
        }
        if (fraga.kalltyp() != null) {
            villkor.add(where("kallor.typ").is(fraga.kalltyp()));
        }
        if (fraga.status() != null) {
            villkor.add(where("status").is(fraga.status()));
        }
        if (fraga.baraForsenade()) {
            villkor.add(where("status").in(Arrays.stream(AtgardStatus.values()).filter(AtgardStatus::oppen).toList()));
            villkor.add(where("forfallodatum").lt(fraga.idag()));
        }
        return Query.query(new Criteria().andOperator(villkor))
                .with(Sort.by(Sort.Order.asc("forfallodatum"), Sort.Order.asc("_id")));
    }

    /** The enheter's åtgärder that the year's counts may include: proposed, completed, overdue or evaluated in it. */
    List<AtgardDokument> forEnheterOchAr(List<String> enheter, int ar) {
        Instant fran = SvenskTid.dagensBorjan(LocalDate.of(ar, 1, 1));
        Instant till = SvenskTid.dagensBorjan(LocalDate.of(ar + 1, 1, 1));
        var urval = Query.query(new Criteria().andOperator(where("enheter").in(enheter), new Criteria().orOperator(
                where("foreslagen").gte(fran).lt(till), where("genomford").gte(fran).lt(till),
                where("effekt.tid").gte(fran).lt(till), where("forsenadAr").is(ar))));
        urval.fields().include("enheter", "foreslagen", "genomford", "effekt", "forsenadAr");
        return mongo.find(urval, AtgardDokument.class);
    }

    List<AtgardDokument> paminnelserSenast(LocalDate idag) {
        var urval = Query.query(where("nastaPaminnelse").lte(idag));
        urval.fields().include("_id");
        return mongo.find(urval, AtgardDokument.class);
    }

    void rensa() {
        mongo.remove(new Query(), AtgardDokument.class);
    }
}
