package se.kvalitetsledning.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.kategori.KategoriAvvecklad;
import se.kvalitetsledning.kategori.KategoriId;

/** The event store as the application configures it: Jackson everywhere, and a conflicting append refused. */
class EventStoreIT {

    private static KorandeApplikation app;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void allaSerialiserareArJackson() {
        assertThat(app.allaBonor(Serializer.class))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s).isInstanceOf(JacksonSerializer.class));
        assertThat(app.bona(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
    }

    @Test
    void enKonflikterandeSkrivningAvvisasOchIngenHandelseForsvinner() {
        EventStorageEngine lager = app.bona(EventStorageEngine.class);
        String aggregat = "test:" + UUID.randomUUID();
        lager.appendEvents(handelse(aggregat, 0, "första"));
        lager.appendEvents(handelse(aggregat, 1, "andra"));

        assertThatThrownBy(() -> lager.appendEvents(handelse(aggregat, 1, "konkurrent")))
                .isInstanceOf(org.axonframework.modelling.command.ConcurrencyException.class);
        assertThat(lager.readEvents(aggregat).asStream().map(m -> ((KategoriAvvecklad) m.getPayload()).skal()))
                .containsExactly("första", "andra");
    }

    private static DomainEventMessage<KategoriAvvecklad> handelse(String aggregat, long sekvens, String skal) {
        return new GenericDomainEventMessage<>("Test", aggregat, sekvens,
                new KategoriAvvecklad(new KategoriId("test"), skal, new Anvandare("test", "Test"), Instant.EPOCH));
    }
}
