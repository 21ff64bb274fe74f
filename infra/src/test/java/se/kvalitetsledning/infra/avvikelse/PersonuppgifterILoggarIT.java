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
            assertThat(anna.post("/api/avvikelser/" + id + "/aterkoppling",
                    "{\"text\":\"" + HEMLIGT + "\",\"version\":0}")
                    .status()).isEqualTo(403);
            ApiKlient hanna = app.som("hanna");
            assertThat(hanna.post("/api/avvikelser/" + id + "/avslut", "{\"version\":0}").status()).isEqualTo(422);
            assertThat(hanna.post("/api/avvikelser/" + id + "/aterkoppling",
                    "{\"text\":\"" + HEMLIGT + "\",\"version\":7}").status()).isEqualTo(409);
            lexSarah(app);
        }
        assertThat(logg.getAll()).contains("Lagring: inbyggd MongoDB-server").doesNotContain(HEMLIGT);
    }

    /** A lex Sarah rapport, refused and accepted commands, an escalation and the mail-less reminder path. */
    private static void lexSarah(KorandeApplikation app) {
        String rapport = """
                {"enhet":"gruppbostad-eken","intraffade":"2026-01-05T10:00","beskrivning":"%s",
                 "brukarreferens":"%s","omedelbaraAtgarder":"%s"}""";
        ApiKlient anna = app.som("anna");
        ApiKlient.Svar skapad = anna.post("/api/lex-sarah", rapport.formatted(HEMLIGT, "B-1", HEMLIGT));
        assertThat(skapad.status()).isEqualTo(201);
        String id = skapad.json().get("id").asText();
        assertThat(anna.post("/api/lex-sarah", rapport.formatted(HEMLIGT, "19121212-1212", HEMLIGT)).status())
                .isEqualTo(422);
        assertThat(anna.post("/api/lex-sarah/" + id + "/omedelbara-atgarder",
                "{\"text\":\"" + HEMLIGT + "\",\"version\":2}")
                .status()).isEqualTo(403);
        ApiKlient lars = app.som("lars");
        assertThat(lars.post("/api/lex-sarah/" + id + "/bedomning",
                "{\"niva\":\"MISSFORHALLANDE\",\"motivering\":\"" + HEMLIGT + "\",\"version\":1}").status())
                .isEqualTo(409);
        assertThat(lars.post("/api/lex-sarah/" + id + "/avslut", "{\"version\":2}").status()).isEqualTo(422);
    }
}
