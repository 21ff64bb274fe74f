package se.kvalitetsledning.avvikelse;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.avvikelse.AvvikelseListindex.Listrad;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.projektion.Radindex.Rad;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Tomning;

/**
 * Reads by id hit {@code _id}; the list and a reporter's own reports are found through indexes read by {@code _id}
 * ({@link AvvikelseListindex}, {@code avvikelse-rapportorer}), and only the free-text filter queries other fields.
 */
@Repository
class AvvikelseRepository {

    private static final Sort NYAST_FORST = Sort.by(Sort.Order.desc("intraffade"), Sort.Order.asc("_id"));
    private static final String[] INTE_I_LISTAN = {"historik", "utredning"};

    /** A page of the list and how many avvikelser the whole list has. */
    record Sida(List<AvvikelseDokument> avvikelser, long totalt) {
    }

    private final MongoTemplate mongo;
    private final Batchbuffert<AvvikelseDokument> buffert;
    private final AvvikelseListindex lista;
    private final Radindex rapportorer;
    /** Read once per batch rather than once per classification (a read of the database each in a rebuild). */
    private final Batchbuffert<KategorinamnDokument> kategorinamn;

    AvvikelseRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = new Batchbuffert<>(mongo, AvvikelseDokument.class, d -> d.id);
        this.kategorinamn = Batchbuffert.harledda(mongo, KategorinamnDokument.class, KategorinamnDokument::id);
        this.lista = new AvvikelseListindex(mongo);
        this.rapportorer = new Radindex(mongo, "avvikelse-rapportorer");
    }

    Optional<AvvikelseDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    /** Stores a new avvikelse and files it in the indexes. */
    void ny(AvvikelseDokument avvikelse) {
        lista.flytta(avvikelse.enhet, null, Listrad.av(avvikelse));
        if (avvikelse.rapportor != null) {
            rapportorer.flytta(Set.of(), Set.of(Rad.av(avvikelse.rapportor.anvandarnamn(), avvikelse.id)));
        }
        buffert.spara(avvikelse);
    }

    /** Stores a changed avvikelse, whose row in the list was {@code fore} before the change. */
    void andrad(AvvikelseDokument avvikelse, Listrad fore) {
        lista.flytta(avvikelse.enhet, fore, Listrad.av(avvikelse));
        buffert.spara(avvikelse);
    }

    /** A page of the list, newest first. */
    Sida sok(ListaAvvikelser fraga, int sida, int storlek) {
        if (fraga.text() != null && !fraga.text().isBlank()) {
            return soktext(fraga, sida, storlek);
        }
        var traffar = lista.sok(fraga, sida, storlek);
        return new Sida(iOrdning(traffar.ids(), INTE_I_LISTAN), traffar.totalt());
    }

    /** The free text is looked for in every avvikelse the other filters let through. */
    private Sida soktext(ListaAvvikelser fraga, int sida, int storlek) {
        var urval = urval(fraga).with(NYAST_FORST).skip((long) sida * storlek).limit(storlek);
        urval.fields().exclude(INTE_I_LISTAN);
        return new Sida(mongo.find(urval, AvvikelseDokument.class), mongo.count(urval(fraga), AvvikelseDokument.class));
    }

    /** A reporter's own avvikelser, the last registered first. */
    List<AvvikelseDokument> rapporteradeAv(String anvandarnamn) {
        var ids = rapportorer.las(List.of(anvandarnamn)).getOrDefault(anvandarnamn, List.of()).stream()
                .map(rad -> rad.get(0)).toList();
        var urval = Query.query(where("_id").in(ids));
        urval.fields().include("enhet", "intraffade", "registrerad", "beskrivning", "status", "aterkoppling");
        return mongo.find(urval, AvvikelseDokument.class).stream()
                .sorted(Comparator.comparing((AvvikelseDokument d) -> d.registrerad).reversed()
                        .thenComparing(d -> d.id))
                .toList();
    }

    void rensa() {
        Tomning.tom(mongo, AvvikelseDokument.class);
        Tomning.tom(mongo, KategorinamnDokument.class);
        lista.rensa();
        rapportorer.rensa();
    }

    void sparaKategorinamn(String kategori, String namn) {
        kategorinamn.spara(new KategorinamnDokument(kategori, namn));
    }

    /** The category's name, or its key when the category is unknown. */
    String kategorinamn(String kategori) {
        return kategorinamn.hitta(kategori).map(KategorinamnDokument::namn).orElse(kategori);
    }

    /** The avvikelser with the ids, in the ids' order, without the fields named. */
    private List<AvvikelseDokument> iOrdning(List<String> ids, String... utan) {
        var urval = Query.query(where("_id").in(ids));
        urval.fields().exclude(utan);
        Map<String, AvvikelseDokument> perId = new HashMap<>();
        mongo.find(urval, AvvikelseDokument.class).forEach(d -> perId.put(d.id, d));
        return ids.stream().map(perId::get).filter(Objects::nonNull).toList();
    }

    private static Query urval(ListaAvvikelser f) {        var villkor = new ArrayList<Criteria>();
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
