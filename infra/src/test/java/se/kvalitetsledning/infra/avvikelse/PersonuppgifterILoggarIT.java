package se.kvalitetsledning.infra.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/** Free text and brukar references never reach the log, whether a command succeeds or is refused. */
@ExtendWith(OutputCaptureExtension.class)
class PersonuppgifterILoggarIT {

    private static final String HEMLIGT = "Kalle-Hemlig-19121212";

    @Test
    void friTextOchBrukarreferenserLoggasInte(CapturedOutput logg) {
        try (KorandeApplikation app = KorandeApplikation.iMinnet()) {
            ApiKlient anna = app.som("anna");
            String id = AvvikelseFixtures.registrera(anna, HEMLIGT + " föll");
            assertThat(anna.post("/api/avvikelser", AvvikelseFixtures.ny("gruppbostad-eken", HEMLIGT.repeat(300)))
                    .status()).isEqualTo(400);
            assertThat(anna.post("/api/avvikelser", AvvikelseFixtures.ny("hemtjanst-norr", HEMLIGT)).status())
                    .isEqualTo(403);
            assertThat(anna.post("/api/avvikelser", AvvikelseFixtures.ny("gruppbostad-eken", "x")
                    .replace("B-17", "19121212-1212 " + HEMLIGT)).status()).isEqualTo(422);
            assertThat(anna.post("/api/avvikelser/" + id + "/atgarder", "{\"text\":\"" + HEMLIGT + "\",\"version\":0}")
                    .status()).isEqualTo(403);
            ApiKlient hanna = app.som("hanna");
            assertThat(hanna.post("/api/avvikelser/" + id + "/avslut", "{\"version\":0}").status()).isEqualTo(422);
            assertThat(hanna.post("/api/avvikelser/" + id + "/aterkoppling",
                    "{\"text\":\"" + HEMLIGT + "\",\"version\":7}").status()).isEqualTo(409);
        }
        assertThat(logg.getAll()).contains("Lagring: inbyggd MongoDB-server").doesNotContain(HEMLIGT);
    }
}
