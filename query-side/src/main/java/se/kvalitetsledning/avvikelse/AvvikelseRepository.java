package se.kvalitetsledning.avvikelse;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.projektion.Batchbuffert;

/** Reads by id hit {@code _id}; the list filters are plain criteria that a real MongoDB serves from its indexes. */
@Repository
class AvvikelseRepository {

    private static final Sort NYAST_FORST = Sort.by(Sort.Order.desc("intraffade"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;
    private final Batchbuffert<AvvikelseDokument> buffert;

    AvvikelseRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, AvvikelseDokument.class, d -> d.id);
    }

    Optional<AvvikelseDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    void spara(AvvikelseDokument avvikelse) {
        buffert.spara(avvikelse);
    }

    /**
     * A page of the list, newest first. Without a start date the last quarter is asked first: when it fills the
     * page, that page is the whole list's too (everything outside it is older), and the database sorts only the
     * quarter instead of the whole history. Only a page the quarter cannot fill is asked of everything.
     */
    List<AvvikelseDokument> sok(ListaAvvikelser fraga, int sida, int storlek) {
        if (fraga.fran() == null) {
            var kvartal = new ListaAvvikelser(fraga.enheter(), fraga.status(), fraga.kategori(),
                    LocalDate.now(SvenskTid.ZON).minusMonths(3), fraga.till(), fraga.riskfarg(), fraga.text(),
                    fraga.sida(), fraga.storlek());
            var sidan = sida(kvartal, sida, storlek);
            if (sidan.size() == storlek) {
                return sidan;
            }
        }
        return sida(fraga, sida, storlek);
    }

    private List<AvvikelseDokument> sida(ListaAvvikelser fraga, int sida, int storlek) {
        var urval = urval(fraga).with(NYAST_FORST).skip((long) sida * storlek).limit(storlek);
        urval.fields().exclude("historik", "utredning");
        return mongo.find(urval, AvvikelseDokument.class);
    }

    long rakna(ListaAvvikelser fraga) {
        return mongo.count(urval(fraga), AvvikelseDokument.class);
    }

    List<AvvikelseDokument> rapporteradeAv(String anvandarnamn) {
        var urval = Query.query(where("rapportor.anvandarnamn").is(anvandarnamn))
                .with(Sort.by(Sort.Order.desc("registrerad"), Sort.Order.asc("_id")));
        urval.fields().include("enhet", "intraffade", "registrerad", "beskrivning", "status", "aterkoppling");
        return mongo.find(urval, AvvikelseDokument.class);
    }

    void rensa() {
        mongo.remove(new Query(), AvvikelseDokument.class);
        mongo.remove(new Query(), KategorinamnDokument.class);
    }

    void sparaKategorinamn(String kategori, String namn) {
        mongo.save(new KategorinamnDokument(kategori, namn));
    }

    /** The category's name, or its key when the category is unknown. */
    String kategorinamn(String kategori) {
        KategorinamnDokument dokument = mongo.findById(kategori, KategorinamnDokument.class);
        return dokument == null ? kategori : dokument.namn();
    }

    private static Query urval(ListaAvvikelser f) {
        var villkor = new ArrayList<Criteria>();
        if (f.enheter() != null) {
            villkor.add(where("enhet").in(f.enheter()));
        }
        if (f.status() != null) {
            villkor.add(where("status").is(f.status()));
        }
        if (f.kategori() != null && !f.kategori().isBlank()) {
            villkor.add(where("kategori").is(f.kategori()));
        }
        if (f.fran() != null) {
            villkor.add(where("intraffade").gte(SvenskTid.dagensBorjan(f.fran())));
        }
        if (f.till() != null) {
            villkor.add(where("intraffade").lt(SvenskTid.dagensBorjan(f.till().plusDays(1))));
        }
        if (f.riskfarg() != null) {
            villkor.add(where("riskfarg").is(f.riskfarg()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            villkor.add(where("sokText").regex(Pattern.quote(f.text().strip().toLowerCase(Locale.ROOT))));
        }
        return villkor.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(villkor));
    }
}
