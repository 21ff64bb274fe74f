package se.kvalitetsledning.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Stampelcache;
import se.kvalitetsledning.projektion.Stamplar;
import se.kvalitetsledning.projektion.Tomning;

/**
 * The whole organisation is read by every page (names, choices, what a user may see): it is kept in memory while its
 * mark ({@link Stamplar}) stays the same.
 */
@Repository
class OrganisationsnodRepository {

    private static final String ALLA = "alla";

    private final MongoTemplate mongo;
    private final Stamplar stamplar;
    private final Stampelcache<List<OrganisationsnodDokument>> alla;

    OrganisationsnodRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.stamplar = new Stamplar(mongo, "organisation-stamplar");
        this.alla = new Stampelcache<>(stamplar, 1);
    }

    Optional<OrganisationsnodDokument> hitta(String nyckel) {
        return Optional.ofNullable(mongo.findById(nyckel, OrganisationsnodDokument.class));
    }

    void spara(OrganisationsnodDokument nod) {
        mongo.save(nod);
    }

    /** Marks the nodes as changed, after the change. */
    void markera() {
        stamplar.stampla(ALLA);
    }

    List<OrganisationsnodDokument> alla() {
        return alla.hamta(ALLA, () -> List.copyOf(mongo.findAll(OrganisationsnodDokument.class)));
    }

    void rensa() {
        Tomning.tom(mongo, OrganisationsnodDokument.class);
        stamplar.rensa();
    }
}
