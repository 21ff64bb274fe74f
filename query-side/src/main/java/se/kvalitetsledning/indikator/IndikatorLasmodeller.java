package se.kvalitetsledning.indikator;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The indikatorer and their values, rebuilt on another database (the kvalitetsberättelse as of a date). */
public final class IndikatorLasmodeller {

    private IndikatorLasmodeller() {
    }

    /** New, empty projections on the given database; the caller feeds them events and subscribes their queries. */
    public static List<Object> nya(MongoTemplate mongo) {
        return List.of(new IndikatorProjection(new IndikatorRepository(mongo)));
    }
}
