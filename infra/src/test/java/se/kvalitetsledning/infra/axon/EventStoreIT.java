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
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.avvikelse.AvvikelseRegistrerad;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.kategori.KategoriAvvecklad;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.lexsarah.MissforhallandeRapporterat;
import se.kvalitetsledning.lexsarah.Rapportsatt;

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

    /** Events written before synpunkter could be escalated lack {@code franSynpunkt}: they are read with none. */
    @Test
    void handelserFranForeSynpunktslankenLasesUtanDen() {
        String avvikelse = """
                {"id":{"value":"6f7d2c1e-3b9a-4c55-9a51-0b2f1c7e8d42"},"enhet":{"value":"gruppbostad-eken"},
                 "intraffade":"2026-01-05T09:00:00Z","beskrivning":"Fel läkemedel","mojligtMissforhallande":false,
                 "rapportor":{"anvandarnamn":"anna","namn":"Anna Andersson"},"registrerad":"2026-01-05T10:00:00Z"}""";
        String rapport = """
                {"id":{"value":"0b2f1c7e-8d42-4c55-9a51-6f7d2c1e3b9a"},"enhet":{"value":"gruppbostad-eken"},
                 "intraffade":"2026-01-05T09:00:00Z","mottagen":"2026-01-05T10:00:00Z","beskrivning":"Knuffad",
                 "handelsetyper":[],"barnBerort":false,"rapportsatt":"SKRIFTLIG",
                 "rapportor":{"anvandarnamn":"anna","namn":"Anna Andersson"},"rapportorNamn":"Anna Andersson",
                 "registreradAv":{"anvandarnamn":"anna","namn":"Anna Andersson"},
                 "registrerad":"2026-01-05T10:00:00Z"}""";
        for (Serializer serializer : app.allaBonor(Serializer.class)) {
            AvvikelseRegistrerad registrerad = serializer.deserialize(new SimpleSerializedObject<>(avvikelse,
                    String.class, AvvikelseRegistrerad.class.getName(), "1"));
            assertThat(registrerad.beskrivning()).isEqualTo("Fel läkemedel");
            assertThat(registrerad.franSynpunkt()).isNull();
            MissforhallandeRapporterat rapporterat = serializer.deserialize(new SimpleSerializedObject<>(rapport,
                    String.class, MissforhallandeRapporterat.class.getName(), "1"));
            assertThat(rapporterat.rapportsatt()).isEqualTo(Rapportsatt.SKRIFTLIG);
            assertThat(rapporterat.franSynpunkt()).isNull();
        }
    }

    private static DomainEventMessage<KategoriAvvecklad> handelse(String aggregat, long sekvens, String skal) {
        return new GenericDomainEventMessage<>("Test", aggregat, sekvens,
                new KategoriAvvecklad(new KategoriId("test"), skal, new Anvandare("test", "Test"), Instant.EPOCH));
    }
}
