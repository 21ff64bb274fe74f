package se.kvalitetsledning.avvikelse;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.avvikelse.AvvikelseListindex.Listplats;
import se.kvalitetsledning.avvikelse.AvvikelseListindex.Listrad;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.projektion.Batch;
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

    /** As the list's index orders its rows: by time, then by id, both backwards. */
    private static final Sort NYAST_FORST = Sort.by(Sort.Order.desc("intraffade"), Sort.Order.desc("_id"));
    /** The large fields, which neither the list nor a reporter's page shows. */
    private static final String[] STORA_FALT = {"historik", "utredning"};

    /** A page (counted from 0) of a list and how many avvikelser the whole list has. */
    record Sida(List<AvvikelseDokument> avvikelser, long totalt, int sida) {
    }

    private final MongoTemplate mongo;
    private final Batchbuffert<AvvikelseDokument> buffert;
    private final AvvikelseListindex lista;
    private final Radindex rapportorer;
    /**
     * Read once per batch rather than once per classification (a read of the database each in a rebuild), all the
     * batch's categories in one query.
     */
    private final Batchbuffert<KategorinamnDokument> kategorinamn;

    AvvikelseRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.buffert = Batchbuffert.versionerade(mongo, mongo.getCollectionName(AvvikelseDokument.class),
                new AvvikelseForm(), d -> d.id);
        this.kategorinamn = Batchbuffert.harledda(mongo, mongo.getCollectionName(KategorinamnDokument.class),
                KategorinamnDokument.FORM, KategorinamnDokument::id, AvvikelseRepository::batchensKategorier);
        this.lista = new AvvikelseListindex(mongo, this::batchensPlatser);
        this.rapportorer = new Radindex(mongo, "avvikelse-rapportorer");
    }

    Optional<AvvikelseDokument> hitta(String id) {
        return buffert.hitta(id);
    }

    /** Stores a new avvikelse and files it in the indexes. */
    void ny(AvvikelseDokument avvikelse) {
        lista.flytta(avvikelse.enhet, null, Listrad.av(avvikelse));
        if (avvikelse.rapportor != null) {
            rapportorer.flytta(Set.of(), Set.of(Rad.av(avvikelse.rapportor.anvandarnamn(), avvikelse.registrerad,
                    avvikelse.id)));
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
        return new Sida(iOrdning(traffar.ids(), STORA_FALT), traffar.totalt(), sida);
    }

    /** The free text is looked for in every avvikelse the other filters let through. */
    private Sida soktext(ListaAvvikelser fraga, int sida, int storlek) {
        var urval = urval(fraga).with(NYAST_FORST).skip((long) sida * storlek).limit(storlek);
        urval.fields().exclude(STORA_FALT);
        return new Sida(mongo.find(urval, AvvikelseDokument.class), mongo.count(urval(fraga), AvvikelseDokument.class),
                sida);
    }

    /**
     * A page of a reporter's own avvikelser, the last registered first: their index rows hold each one's registration
     * time, so only the page's avvikelser are read. With {@code sidanMed} one of them, the page that holds it.
     */
    Sida rapporteradeAv(String anvandarnamn, int sida, int storlek, String sidanMed) {
        var ids = rapportorer.las(List.of(anvandarnamn)).getOrDefault(anvandarnamn, List.of()).stream()
                .sorted(Comparator.comparing((List<String> rad) -> Instant.parse(rad.get(0))).reversed()
                        .thenComparing(rad -> rad.get(1)))
                .map(rad -> rad.get(1)).toList();
        int plats = sidanMed == null ? -1 : ids.indexOf(sidanMed);
        int valdSida = plats < 0 ? sida : plats / storlek;
        int fran = (int) Math.min((long) valdSida * storlek, ids.size());
        return new Sida(iOrdning(ids.subList(fran, Math.min(fran + storlek, ids.size())), STORA_FALT), ids.size(),
                valdSida);
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

    /**
     * Where the current batch's avvikelser are in the list: a new one's from its registration, the others' from their
     * documents, which the batch has read already.
     */
    private Collection<Listplats> batchensPlatser() {
        List<Listplats> platser = new ArrayList<>();
        for (EventMessage<?> handelse : Batch.handelser()) {
            if (handelse.getPayloadType() == AvvikelseRegistrerad.class) {
                var e = (AvvikelseRegistrerad) handelse.getPayload();
                platser.add(new Listplats(e.enhet().value(), SvenskTid.manad(e.intraffade()),
                        e.id().value().toString()));
            } else if (handelse instanceof DomainEventMessage<?> domanhandelse) {
                hitta(domanhandelse.getAggregateIdentifier())
                        .ifPresent(d -> platser.add(new Listplats(d.enhet, SvenskTid.manad(d.intraffade), d.id)));
            }
        }
        return platser;
    }

    /** The categories the current batch's avvikelser are classified in. */
    private static Collection<String> batchensKategorier() {
        return Batch.handelser().stream().filter(h -> h.getPayloadType() == AvvikelseKlassificerad.class)
                .map(h -> ((AvvikelseKlassificerad) h.getPayload()).kategori().value()).toList();
    }

    /** The avvikelser with the ids, in the ids' order, without the fields named. */
    private List<AvvikelseDokument> iOrdning(List<String> ids, String... utan) {
        var urval = Query.query(where("_id").in(ids));
        urval.fields().exclude(utan);
        Map<String, AvvikelseDokument> perId = new HashMap<>();
        mongo.find(urval, AvvikelseDokument.class).forEach(d -> perId.put(d.id, d));
        return ids.stream().map(perId::get).filter(Objects::nonNull).toList();
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
