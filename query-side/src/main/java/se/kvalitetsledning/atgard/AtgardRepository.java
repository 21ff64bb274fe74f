package se.kvalitetsledning.atgard;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 * The backlog: by id, the filtered board, the overdue not yet reminded, and the yearly counts, which read only
 * {@link AtgardIndex} by {@code _id}, so they cost the same however long the history is.
 */
@Repository
class AtgardRepository {

    private final MongoTemplate mongo;
    private final Indexerade<AtgardDokument> dokument;
    private final AtgardIndex index;

    AtgardRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        Radindex rader = new Radindex(mongo, AtgardIndex.SAMLING);
        this.dokument = new Indexerade<>(mongo, AtgardDokument.class, rader, AtgardIndex::rader);
        this.index = new AtgardIndex(rader);
    }

    Optional<AtgardDokument> hitta(String id) {
        return dokument.hitta(id);
    }

    /** Stores a newly proposed åtgärd unless it is already there (a redelivered event). */
    void ny(AtgardDokument atgard) {
        dokument.ny(atgard);
    }

    /** Changes the åtgärd by an event newer than the one it holds, and moves its rows in the index accordingly. */
    void andra(String id, long seq, Consumer<AtgardDokument> andring) {
        dokument.andra(id, seq, andring);
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

    List<AtgardRakning> rakna(RaknaAtgarder fraga) {
        return index.rakna(fraga.enheter(), fraga.ar());
    }

    List<AtgardDokument> paminnelserSenast(LocalDate idag) {
        var urval = Query.query(where("nastaPaminnelse").lte(idag));
        urval.fields().include("_id");
        return mongo.find(urval, AtgardDokument.class);
    }

    void rensa() {
        Tomning.tom(mongo, AtgardDokument.class);
        index.rensa();
    }
}
