package se.kvalitetsledning.kategori;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Tomning;

@Repository
class KategoriRepository {

    private final MongoTemplate mongo;

    KategoriRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<KategoriDokument> hitta(String id) {
        return Optional.ofNullable(mongo.findById(id, KategoriDokument.class));
    }

    void spara(KategoriDokument kategori) {
        mongo.save(kategori);
    }

    List<KategoriDokument> alla() {
        return mongo.find(new Query().with(Sort.by("grupp", "namn")), KategoriDokument.class);
    }

    void rensa() {
        Tomning.tom(mongo, KategoriDokument.class);
    }
}
