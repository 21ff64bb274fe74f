package se.kvalitetsledning.kategori;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** A category's name for texts other projections write, e.g. a case's timeline; the key when it is unknown. */
@Component
public class Kategorinamn {

    private final MongoTemplate mongo;

    public Kategorinamn(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public String av(String id) {
        KategoriDokument kategori = mongo.findById(id, KategoriDokument.class);
        return kategori == null ? id : kategori.namn();
    }
}
