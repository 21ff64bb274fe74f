package se.kvalitetsledning.infra.test;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/** Checks of a store as it lies in the database: the events themselves, and the projections against them. */
public final class Lagerkontroll {

    private final MongoDatabase databas;
    private final List<Document> handelser;

    public Lagerkontroll(MongoDatabase databas) {
        this.databas = databas;
        // the embedded server sends a whole unbatched cursor in one reply, over the driver's 48 MB limit at ~60k events
        this.handelser = databas.getCollection("handelser").find().batchSize(5_000).into(new ArrayList<>());
    }

    public List<Document> handelser() {
        return handelser;
    }

    /** No commit is half-written: each has all the events it was written with. */
    public Lagerkontroll helaCommits() {
        Map<Object, List<Document>> perCommit = handelser.stream()
                .collect(groupingBy(h -> h.get("commit"), toList()));
        perCommit.forEach((commit, dokument) -> assertThat(dokument)
                .as("commit %s", commit).hasSize(dokument.get(0).get("antal", Number.class).intValue()));
        return this;
    }

    /** The avvikelse projection has one document per avvikelse, each as of the avvikelse's last event. */
    public Lagerkontroll avvikelserStammer() {
        Map<String, List<Document>> perAvvikelse = handelser.stream()
                .filter(h -> h.getString("payloadTyp").startsWith("se.kvalitetsledning.avvikelse."))
                .collect(groupingBy(h -> h.getString("aggregat"), toList()));
        List<Document> avvikelser = databas.getCollection("avvikelse").find().batchSize(5_000).into(new ArrayList<>());
        Set<String> iProjektionen = avvikelser.stream().map(d -> d.getString("_id")).collect(Collectors.toSet());
        assertThat(perAvvikelse.keySet()).as("avvikelser with events but not in the projection (tokens: %s)",
                        databas.getCollection("trackingtokens").find().into(new ArrayList<>()))
                .allMatch(iProjektionen::contains);
        assertThat(avvikelser).hasSize(perAvvikelse.size());
        for (Document avvikelse : avvikelser) {
            long sistaSekvens = perAvvikelse.get(avvikelse.getString("_id")).stream()
                    .mapToLong(h -> h.getLong("sekvens")).max().orElseThrow();
            assertThat(avvikelse.get("version", Number.class).longValue()).as(avvikelse.getString("_id"))
                    .isEqualTo(sistaSekvens);
        }
        return this;
    }

    /** The ids of the avvikelser that have events. */
    public List<String> avvikelser() {
        return handelser.stream()
                .filter(h -> h.getString("payloadTyp").endsWith(".AvvikelseRegistrerad"))
                .map(h -> h.getString("aggregat")).toList();
    }
}
