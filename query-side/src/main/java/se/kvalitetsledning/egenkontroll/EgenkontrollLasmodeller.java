package se.kvalitetsledning.egenkontroll;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The kontrollmallar and the egenkontroller, rebuilt on another database (the kvalitetsberättelse as of a date). */
public final class EgenkontrollLasmodeller {

    private EgenkontrollLasmodeller() {
    }

    /** New, empty projections on the given database; the caller feeds them events and subscribes their queries. */
    public static List<Object> nya(MongoTemplate mongo) {
        var mallar = new KontrollmallRepository(mongo);
        return List.of(new KontrollmallProjection(mallar),
                new EgenkontrollProjection(new EgenkontrollRepository(mongo), mallar));
    }
}
