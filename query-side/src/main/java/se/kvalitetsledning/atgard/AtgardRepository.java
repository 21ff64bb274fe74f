package se.kvalitetsledning.atgard;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The backlog: by id, the filtered board, the overdue not yet reminded, and the yearly counts, which read only
 * {@link AtgardIndex} by {@code _id}, so they cost the same however long the history is.
 */
@Repository
class AtgardRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<AtgardDokument> buffert;
    private final AtgardIndex index;

    AtgardRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, AtgardDokument.class, d -> d.id);
        this.index = new AtgardIndex(mongo);
    }

    Optional<AtgardDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    /** Stores a newly proposed åtgärd unless it is already there (a redelivered event). */
    void ny(AtgardDokument atgard) {
        if (buffert.hitta(atgard.id).isEmpty()) {
            buffert.spara(atgard);
            index.flytta(Set.of(), atgard);
        }
    }

    /** Changes the åtgärd by an event newer than the one it holds, and moves its rows in the index accordingly. */
    void andra(String id, long seq, Consumer<AtgardDokument> andring) {
        buffert.hitta(id).filter(d -> seq > d.version).ifPresent(d -> {
            var fore = AtgardIndex.rader(d);
            andring.accept(d);
            d.version = seq;
            buffert.spara(d);
            index.flytta(fore, d);
        });
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
        mongo.remove(new Query(), AtgardDokument.class);
        index.rensa();
    }
}
