package se.kvalitetsledning.infra.lagring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * File, stop, start on the same data directory: the case is there, a new command on it succeeds, and the
 * projection goes on from its stored position instead of handling the old events again.
 */
class OmstartIT {

    private static final AtomicInteger HANTERADE = new AtomicInteger();

    @TempDir
    Path data;

    @Test
    void arendetFinnsKvarOchProjektionenBorjarInteOm() {
        String id;
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data, HandelseRaknare.class)) {
            id = AvvikelseFixtures.registrera(app.som("anna"), "Före omstarten");
            assertThat(HANTERADE.get()).isEqualTo(1);
        }

        HANTERADE.set(0);
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data, HandelseRaknare.class)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ikappVid(app));
            assertThat(HANTERADE.get()).as("events handled again after the restart").isZero();

            ApiKlient hanna = app.som("hanna");
            assertThat(hanna.get("/api/avvikelser/" + id).json().get("beskrivning").asText())
                    .isEqualTo("Före omstarten");
            ApiKlient.Svar svar = hanna.post("/api/avvikelser/" + id + "/aterkoppling", """
                    {"text":"Efter omstarten"}""", "\"0\"");
            assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
            assertThat(hanna.get("/api/avvikelser/" + id).json().get("historik")).hasSize(2);
            assertThat(HANTERADE.get()).isEqualTo(1);
        }
    }

    private static boolean ikappVid(KorandeApplikation app) {
        return app.bona(EventProcessingConfiguration.class)
                .eventProcessor("avvikelse", StreamingEventProcessor.class)
                .map(p -> !p.processingStatus().isEmpty()
                        && p.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp))
                .orElse(false);
    }

    /** Counts the avvikelse projection's handled events (of the avvikelse aggregate only). */
    static class HandelseRaknare {

        @Bean
        ConfigurerModule handelseRaknare() {
            MessageHandlerInterceptor<EventMessage<?>> raknare = (enhet, kedja) -> {
                if (enhet.getMessage().getPayloadType().getPackageName().endsWith(".avvikelse")) {
                    HANTERADE.incrementAndGet();
                }
                return kedja.proceed();
            };
            return configurer -> configurer.eventProcessing()
                    .registerHandlerInterceptor("avvikelse", (Configuration c) -> raknare);
        }
    }
}
