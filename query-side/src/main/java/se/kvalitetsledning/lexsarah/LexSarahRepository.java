package se.kvalitetsledning.lexsarah;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.projektion.Tomning;

/** The lex Sarah cases: by id, the two lists, the reporter's receipts and the deadlines due for a reminder. */
@Repository
class LexSarahRepository {

    private final MongoTemplate mongo;
    private final Batchbuffert<LexSarahDokument> buffert;

    LexSarahRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, LexSarahDokument.class, d -> d.id);
    }

    Optional<LexSarahDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    void spara(LexSarahDokument arende) {
        buffert.spara(arende);
    }

    List<LexSarahDokument> sok(ListaLexSarah fraga) {
        List<Criteria> vem = new ArrayList<>();
        vem.add(where("enhet").in(fraga.enheter()));
        if (fraga.utredare() != null) {
            vem.add(where("utredare.anvandarnamn").is(fraga.utredare()));
        }
        Criteria urval = new Criteria().orOperator(vem);
        if (fraga.baraOppna()) {
            urval = new Criteria().andOperator(urval, where("oppet").is(true));
        }
        if (fraga.ar() != null) {
            urval = new Criteria().andOperator(urval, where("ar").is(fraga.ar()));
        }
        Query fragan = Query.query(urval).with(Sort.by(Sort.Order.asc("mottagen"), Sort.Order.asc("_id")));
        // the list needs to know whether there is an utredning, not what it says
        fragan.fields().exclude("historik", "utredning.vadHande", "utredning.varfor", "utredning.forhindraUpprepning",
                "utredning.barnperspektiv", "anmalan.innehall", "beskrivning", "kompletteringar");
        return mongo.find(fragan, LexSarahDokument.class);
    }

    List<LexSarahDokument> rapporteradeAv(String anvandarnamn) {
        var fragan = Query.query(where("rapportor.anvandarnamn").is(anvandarnamn))
                .with(Sort.by(Sort.Order.desc("registrerad"), Sort.Order.asc("_id")));
        fragan.fields().include("enhet", "mottagen", "registrerad", "rapportsatt", "stadium");
        return mongo.find(fragan, LexSarahDokument.class);
    }

    List<LexSarahDokument> paminnelserSenast(Instant nu) {
        var fragan = Query.query(where("nastaPaminnelse").lte(nu));
        fragan.fields().include("frister");
        return mongo.find(fragan, LexSarahDokument.class);
    }

    void rensa() {
        Tomning.tom(mongo, LexSarahDokument.class);
    }
}
