package se.kvalitetsledning.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes' token stores on one server, claims timing out after 500 ms, confirmed claims kept for 200 ms. */
class SparsamTokenStoreTest {

    private static final String PROCESSOR = "avvikelse";
    private static final Duration CLAIM_TIMEOUT = Duration.ofMillis(500);
    private static final Duration BEKRAFTAD = Duration.ofMillis(200);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient klient = MongoClients.create(server.bindAndGetConnectionString());
    private final TokenStore nodA = nod("a");
    private final TokenStore nodB = nod("b");

    @BeforeEach
    void forstaToken() {
        nodA.initializeTokenSegments(PROCESSOR, 1, null);
    }

    @AfterEach
    void stang() {
        klient.close();
        server.shutdownNow();
    }

    @Test
    void enForlangningStraxEfterEnBekraftelseSkrivsInteMenEnSenareGor() throws InterruptedException {
        nodA.storeToken(new GlobalSequenceTrackingToken(7), PROCESSOR, 0);
        Object bekraftad = tidsstampel();
        Thread.sleep(20);

        nodA.extendClaim(PROCESSOR, 0);
        assertThat(tidsstampel()).as("confirmed moments before: not written").isEqualTo(bekraftad);

        Thread.sleep(BEKRAFTAD.toMillis() + 50);
        nodA.extendClaim(PROCESSOR, 0);
        assertThat(tidsstampel()).as("written again").isNotEqualTo(bekraftad);
    }

    @Test
    void enNodSomTystnatForlangerInteEnClaimSomEnAnnanHarTagit() throws InterruptedException {
        nodA.fetchToken(PROCESSOR, 0);
        Thread.sleep(CLAIM_TIMEOUT.toMillis() + 100);
        nodB.fetchToken(PROCESSOR, 0);

        assertThatThrownBy(() -> nodA.extendClaim(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void enSlapptClaimForlangsInteUrMinnet() {
        nodA.fetchToken(PROCESSOR, 0);
        nodA.releaseClaim(PROCESSOR, 0);
        nodB.fetchToken(PROCESSOR, 0);

        assertThatThrownBy(() -> nodA.extendClaim(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    private TokenStore nod(String namn) {
        return new SparsamTokenStore(MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(klient, "tokens").build())
                .serializer(JacksonSerializer.defaultSerializer()).claimTimeout(CLAIM_TIMEOUT).nodeId(namn).build(),
                BEKRAFTAD);
    }

    private Object tidsstampel() {
        return klient.getDatabase("tokens").getCollection("trackingtokens").find().first().get("timestamp");
    }
}
