package se.kvalitetsledning.avvikelse;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The avvikelse counters, rebuilt on another database (the kvalitetsberättelse as of a date). */
public final class AvvikelseLasmodeller {

    private AvvikelseLasmodeller() {
    }

    /** New, empty projections on the given database; the caller feeds them events and subscribes their queries. */
    public static List<Object> nya(MongoTemplate mongo) {
        return List.of(new AvvikelseStatistikProjection(new AvvikelseRakningRepository(mongo)));
    }
}
