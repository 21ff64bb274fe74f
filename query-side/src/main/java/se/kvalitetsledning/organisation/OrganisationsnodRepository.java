package se.kvalitetsledning.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import se.kvalitetsledning.projektion.Tomning;

@Repository
class OrganisationsnodRepository {

    private final MongoTemplate mongo;

    OrganisationsnodRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<OrganisationsnodDokument> hitta(String nyckel) {
        return Optional.ofNullable(mongo.findById(nyckel, OrganisationsnodDokument.class));
    }

    void spara(OrganisationsnodDokument nod) {
        mongo.save(nod);
    }

    List<OrganisationsnodDokument> alla() {
        return mongo.findAll(OrganisationsnodDokument.class);
    }

    void rensa() {
        Tomning.tom(mongo, OrganisationsnodDokument.class);
    }
}
