package se.kvalitetsledning.synpunkt;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.projektion.Indexerade;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Tomning;

@Repository
class SynpunktRepository {

    private final MongoTemplate mongo;
    private final Radindex rakning;
    private final Indexerade<SynpunktDokument> dokument;

    SynpunktRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.rakning = new Radindex(mongo, Synpunktrakning.SAMLING);
        this.dokument = new Indexerade<>(mongo, SynpunktDokument.class, rakning, Synpunktrakning::rader);
    }

    Optional<SynpunktDokument> hitta(String id) {
        return dokument.hitta(id);
    }

    /** Stores a newly received synpunkt unless it is already there (a redelivered event). */
    void ny(SynpunktDokument synpunkt) {
        dokument.ny(synpunkt);
    }

    /** Changes the synpunkt by an event newer than the one it holds, and moves its counters' row accordingly. */
    void andra(String id, long seq, Consumer<SynpunktDokument> andring) {
        dokument.andra(id, seq, andring);
    }

    /** The list's filters but {@code baraForsenade}, which needs the deadlines and is applied by the caller. */
    List<SynpunktDokument> sok(ListaSynpunkter fraga) {
        List<Criteria> villkor = new ArrayList<>();
        villkor.add(where("enhet").in(enheter(fraga.enheter(), fraga.utanEnhet())));
        if (fraga.typ() != null) {
            villkor.add(where("typ").is(fraga.typ()));
        }
        if (fraga.status() != null) {
            villkor.add(where("status").is(fraga.status()));
        }
        if (fraga.kanal() != null) {
            villkor.add(where("kanal").is(fraga.kanal()));
        }
        if (fraga.fran() != null) {
            villkor.add(where("mottagen").gte(SvenskTid.dagensBorjan(fraga.fran())));
        }
        if (fraga.till() != null) {
            villkor.add(where("mottagen").lt(SvenskTid.dagensBorjan(fraga.till().plusDays(1))));
        }
        if (fraga.baraOppna()) {
            villkor.add(where("oppen").is(true));
        }
        if (fraga.handlaggare() != null) {
            villkor.add(where("handlaggare.anvandarnamn").is(fraga.handlaggare()));
        }
        var fragan = Query.query(new Criteria().andOperator(villkor))
                .with(Sort.by(Sort.Order.desc("mottagen"), Sort.Order.asc("_id")));
        fragan.fields().include("referens", "typ", "kanal", "enhet", "status", "oppen", "mottagen", "anonym",
                "handlaggare", "frister",
                "utredning.tid", "svar.tid");
        return mongo.find(fragan, SynpunktDokument.class);
    }

    /** The counters' rows of the synpunkter received in the months in the enheter. */
    List<List<String>> rakningsrader(Set<String> enheter, boolean utanEnhet, YearMonth fran, YearMonth till) {
        return rakning.allaRader(Synpunktrakning.dokument(enheter, utanEnhet, fran, till));
    }

    List<SynpunktDokument> paminnelserSenast(Instant nu) {
        var fragan = Query.query(where("nastaPaminnelse").lte(nu));
        fragan.fields().include("frister");
        return mongo.find(fragan, SynpunktDokument.class);
    }

    void rensa() {
        Tomning.tom(mongo, SynpunktDokument.class);
        rakning.rensa();
    }

    private static List<String> enheter(Set<String> enheter, boolean utanEnhet) {
        List<String> alla = new ArrayList<>(enheter);
        if (utanEnhet) {
            alla.add(SynpunktStatistik.UTAN_ENHET);
        }
        return alla;
    }
}
