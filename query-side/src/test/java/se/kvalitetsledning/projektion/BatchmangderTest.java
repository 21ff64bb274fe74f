package se.kvalitetsledning.projektion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.test.EmbeddedMongo;

class BatchmangderTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private final Batchmangder mangder = new Batchmangder(mongo.template(), Mangd.class, "element");

    @Test
    void utanforEnBatchSkrivsVarjeAndringDirekt() {
        mangder.lagg("m", Map.of("namn", "mars"), "a");
        mangder.lagg("m", Map.of("namn", "mars"), "b");
        mangder.ta("m", "a");
        mangder.ta("saknas", "a");

        assertThat(lagrad("m")).isEqualTo(new Mangd("m", "mars", List.of("b")));
        assertThat(lagrad("saknas")).as("taking out creates nothing").isNull();
    }

    @Test
    void iEnBatchGallerVarjeElementsSistaAndringOchAllaSkrivsEfterSistaHandelsen() throws Exception {
        mangder.lagg("m", Map.of("namn", "mars"), "kvar");
        mangder.lagg("m", Map.of("namn", "mars"), "ut");
        mongo.template().save(new Mangd("utan", "juni", null));
        List<Mangd> underTiden = new ArrayList<>();
        List<Runnable> handelser = List.of(
                () -> mangder.lagg("m", Map.of("namn", "mars"), "in-och-ut"),
                () -> mangder.ta("m", "ut"),
                () -> mangder.ta("m", "in-och-ut"),
                () -> mangder.lagg("ny", Map.of("namn", "april"), "forsta"),
                () -> mangder.lagg("m", Map.of("namn", "mars"), "ut-och-in"),
                () -> mangder.ta("m", "ut-och-in"),
                () -> mangder.lagg("m", Map.of("namn", "mars"), "ut-och-in"),
                () -> mangder.lagg("tom", Map.of("namn", "maj"), "in-och-ut"),
                () -> mangder.ta("tom", "in-och-ut"),
                () -> mangder.lagg("utan", Map.of("namn", "juni"), "in-och-ut"),
                () -> mangder.ta("utan", "in-och-ut"));
        var batch = new BatchingUnitOfWork<>(meddelanden(handelser.size()));
        int[] nummer = {0};
        var resultat = batch.executeWithResult(() -> {
            handelser.get(nummer[0]++).run();
            underTiden.add(lagrad("m"));
            Batch.skrivEfter(CurrentUnitOfWork.get());
            return null;
        });

        assertThat(resultat.isExceptional()).isFalse();
        assertThat(underTiden).as("nothing written before the last event")
                .allMatch(m -> m.element().equals(List.of("kvar", "ut")));
        assertThat(lagrad("m").element()).containsExactlyInAnyOrder("kvar", "ut-och-in");
        assertThat(lagrad("ny")).isEqualTo(new Mangd("ny", "april", List.of("forsta")));
        assertThat(lagrad("tom")).as("created, as one change at a time would have created it")
                .isEqualTo(new Mangd("tom", "maj", List.of()));
        assertThat(lagrad("utan")).as("a document without the set gets it, empty")
                .isEqualTo(new Mangd("utan", "juni", List.of()));
    }

    private static List<EventMessage<?>> meddelanden(int antal) {
        List<EventMessage<?>> meddelanden = new ArrayList<>();
        for (int i = 0; i < antal; i++) {
            meddelanden.add(GenericEventMessage.asEventMessage("händelse " + i));
        }
        return meddelanden;
    }

    private Mangd lagrad(String id) {
        return mongo.template().findById(id, Mangd.class);
    }

    @Document("batchmangder-test")
    record Mangd(@Id String id, String namn, List<String> element) {
    }
}
