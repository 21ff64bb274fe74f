package se.kvalitetsledning.infra.handelselager;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Tells which commits are whole. A commit's events carry consecutive global numbers; a reader that sees only some
 * of them is looking at a commit still being written, or one that a crash cut short, and must see none of it.
 */
final class HelaCommits {

    private final MongoCollection<Document> handelser;

    HelaCommits(MongoCollection<Document> handelser) {
        this.handelser = handelser;
    }

    /**
     * Every event of the whole commits among the given ones, including those of the commits' other events that
     * were not among them, keyed by global number.
     */
    Map<Long, Document> hela(List<Document> lasta) {
        Map<Long, Document> kanda = new HashMap<>();
        lasta.forEach(d -> kanda.put(Handelsdokument.global(d), d));
        Set<Long> saknade = new HashSet<>();
        for (Document d : lasta) {
            long commit = Handelsdokument.commit(d);
            for (long nummer = commit; nummer < commit + Handelsdokument.antal(d); nummer++) {
                if (!kanda.containsKey(nummer)) {
                    saknade.add(nummer);
                }
            }
        }
        if (!saknade.isEmpty()) {
            handelser.find(in(Handelsdokument.ID, saknade)).forEach(d -> kanda.put(Handelsdokument.global(d), d));
        }
        Map<Long, Document> hela = new HashMap<>();
        for (Document d : new ArrayList<>(kanda.values())) {
            if (arHel(d, kanda)) {
                hela.put(Handelsdokument.global(d), d);
            }
        }
        return hela;
    }

    private static boolean arHel(Document handelse, Map<Long, Document> kanda) {
        long commit = Handelsdokument.commit(handelse);
        for (long nummer = commit; nummer < commit + Handelsdokument.antal(handelse); nummer++) {
            if (!kanda.containsKey(nummer)) {
                return false;
            }
        }
        return true;
    }
}
