package se.kvalitetsledning.kategori;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Stampelcache;
import se.kvalitetsledning.projektion.Stamplar;
import se.kvalitetsledning.projektion.Tomning;

/** The whole catalogue is read by forms and checks: it is kept in memory while its mark ({@link Stamplar}) stays. */
@Repository
class KategoriRepository {

    private static final String ALLA = "alla";

    private final MongoTemplate mongo;
    private final Stamplar stamplar;
    private final Stampelcache<List<KategoriDokument>> alla;

    KategoriRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.stamplar = new Stamplar(mongo, "kategori-stamplar");
        this.alla = new Stampelcache<>(stamplar, 1);
    }

    Optional<KategoriDokument> hitta(String id) {
        return Optional.ofNullable(mongo.findById(id, KategoriDokument.class));
    }

    void spara(KategoriDokument kategori) {
        mongo.save(kategori);
    }

    /** Marks the catalogue as changed, after the change. */
    void markera() {
        stamplar.stampla(ALLA);
    }

    List<KategoriDokument> alla() {
        return alla.hamta(ALLA,
                () -> List.copyOf(mongo.find(new Query().with(Sort.by("grupp", "namn")), KategoriDokument.class)));
    }

    void rensa() {
        Tomning.tom(mongo, KategoriDokument.class);
        stamplar.rensa();
    }
}
