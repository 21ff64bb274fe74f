package se.kvalitetsledning.projektion;

import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Lists of text in documents read by {@code _id}, taken as the driver gives them: Spring's object mapping looks up a
 * conversion for every element of a list (a set it also hashes), and the indexes' lists hold thousands.
 */
public final class Textlistor {

    private Textlistor() {
    }

    /** Each document's list {@code falt} (empty when it has none), by its id, for the documents that exist. */
    public static Map<String, List<String>> las(MongoTemplate mongo, String samling, Collection<String> ids,
                                                String falt) {
        return las(mongo, samling, ids, falt, Projections.include(falt));
    }

    /** As {@link #las}, but only the last {@code antal} elements of each list are read. */
    public static Map<String, List<String>> sista(MongoTemplate mongo, String samling, Collection<String> ids,
                                                  String falt, int antal) {
        return las(mongo, samling, ids, falt, Projections.slice(falt, -antal));
    }

    private static Map<String, List<String>> las(MongoTemplate mongo, String samling, Collection<String> ids,
                                                 String falt, Bson projektion) {
        Map<String, List<String>> perId = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return perId;
        }
        for (Document d : mongo.getCollection(samling).find(in("_id", ids)).projection(projektion)) {
            perId.put(d.getString("_id"), Objects.requireNonNullElse(d.getList(falt, String.class), List.of()));
        }
        return perId;
    }
}
