package se.kvalitetsledning.infra.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.projektion.GlesaProjektioner;

class DriftApiIT {

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
    void baraEnAdministratorSerOchByggerOmProjektionerna() {
        for (String anvandare : new String[] {"anna", "hanna", "karin", "lars"}) {
            ApiKlient klient = app.som(anvandare);
            assertThat(klient.get("/api/drift/projektioner").status()).as(anvandare).isEqualTo(403);
            ApiKlient.Svar svar = klient.post("/api/drift/projektioner/ombyggnad", "");
            assertThat(svar.status()).as(anvandare).isEqualTo(403);
            assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void enOmbyggnadTommerOchAterskaparProjektionernaFranHandelserna() {
        String id = AvvikelseFixtures.registrera(app.som("anna"), "Före ombyggnaden");
        ApiKlient admin = app.som("admin");

        ApiKlient.Svar svar = admin.post("/api/drift/projektioner/ombyggnad", "");

        assertThat(svar.status()).isEqualTo(202);
        assertThat(svar.header("Location")).isEqualTo("/api/drift/projektioner");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var status = admin.get("/api/drift/projektioner").json();
            assertThat(status.findValuesAsText("namn")).contains("avvikelse", "avvikelse-statistik",
                    GlesaProjektioner.NAMN);
            assertThat(status.findValuesAsText("ikapp")).containsOnly("true");
        });
        assertThat(app.som("hanna").get("/api/avvikelser/" + id).json().get("beskrivning").asText())
                .isEqualTo("Före ombyggnaden");
        assertThat(app.som("hanna").get("/api/kategorier").json()).isNotEmpty();
    }

    /** A filing while paused is answered (after its wait for the read model) and projected once the pause ends. */
    @Test
    void underEnPausProjiserasIngetOchEfterDenAlltSomSkrevs() {
        Projektioner projektioner = app.bona(Projektioner.class);
        await().atMost(Duration.ofSeconds(30)).until(projektioner::allaIkapp);
        String id;
        try (Projektioner.Paus paus = projektioner.pausa()) {
            id = AvvikelseFixtures.registrera(app.som("anna"), "Under pausen");
            assertThat(app.som("hanna").get("/api/avvikelser/" + id).status()).isEqualTo(404);
            assertThat(projektioner.allaIkapp()).isFalse();
        }

        await().atMost(Duration.ofSeconds(30)).until(projektioner::allaIkapp);
        assertThat(app.som("hanna").get("/api/avvikelser/" + id).json().get("beskrivning").asText())
                .isEqualTo("Under pausen");
    }
}
