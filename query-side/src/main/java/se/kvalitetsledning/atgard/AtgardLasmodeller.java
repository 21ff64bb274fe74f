package se.kvalitetsledning.atgard;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The åtgärder and their counts, rebuilt on another database (the kvalitetsberättelse as of a date). */
public final class AtgardLasmodeller {

    private AtgardLasmodeller() {
    }

    /** New, empty projections on the given database; the caller feeds them events and subscribes their queries. */
    public static List<Object> nya(MongoTemplate mongo) {
        return List.of(new AtgardProjection(new AtgardRepository(mongo)));
    }
}
