package se.kvalitetsledning.projektion;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;

/**
 * Empties a read model when its projection is reset: its collection is dropped and its declared indexes are created
 * again. Removing every document instead took as long as the collection was large: minutes for the large read models
 * of a 1M-event store.
 */
public final class Tomning {

    private Tomning() {
    }

    public static void tom(MongoTemplate mongo, Class<?> typ) {
        tom(mongo, mongo.getCollectionName(typ));
        var index = mongo.indexOps(typ);
        IndexResolver.create(mongo.getConverter().getMappingContext()).resolveIndexFor(typ).forEach(index::createIndex);
    }

    /** A collection without declared indexes (read by {@code _id} only). */
    public static void tom(MongoTemplate mongo, String samling) {
        // the embedded server logs an error for a drop of a collection never written, which the driver ignores
        if (mongo.collectionExists(samling)) {
            mongo.dropCollection(samling);
        }
    }
}
