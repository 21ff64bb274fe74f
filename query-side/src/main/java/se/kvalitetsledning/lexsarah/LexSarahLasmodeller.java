package se.kvalitetsledning.lexsarah;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The lex Sarah register, rebuilt on another database (the kvalitetsberättelse as of a date). */
public final class LexSarahLasmodeller {

    private LexSarahLasmodeller() {
    }

    /** New, empty projections on the given database; the caller feeds them events and subscribes their queries. */
    public static List<Object> nya(MongoTemplate mongo) {
        return List.of(new LexSarahProjection(new LexSarahRepository(mongo)));
    }
}
