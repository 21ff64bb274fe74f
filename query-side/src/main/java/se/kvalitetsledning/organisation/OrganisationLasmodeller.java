package se.kvalitetsledning.organisation;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The organisation tree, rebuilt on another database (the kvalitetsberättelse as of a date). */
public final class OrganisationLasmodeller {

    private OrganisationLasmodeller() {
    }

    /** New, empty projections on the given database; the caller feeds them events and subscribes their queries. */
    public static List<Object> nya(MongoTemplate mongo) {
        return List.of(new OrganisationProjection(new OrganisationsnodRepository(mongo)));
    }
}
