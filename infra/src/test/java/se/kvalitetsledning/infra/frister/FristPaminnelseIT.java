package se.kvalitetsledning.infra.frister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.ForskjutbarKlocka;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * A deadline that passes while the application is stopped (a lex Sarah case's, an åtgärd's, a synpunkt's): after the start its
 * reminder goes out by e-mail, to a real SMTP server, exactly once, and no later start sends it again.
 */
class FristPaminnelseIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final ForskjutbarKlocka KLOCKA = new ForskjutbarKlocka();

    /**
     * The application's clock is the test's, so the test can let days pass between two starts. Given to the
     * application explicitly, not annotated {@code @Configuration}, so that no component scan of the test classes
     * (the benchmark's) picks it up.
     */
    static class TestensKlocka {
        @Bean
        @Primary
        Clock testklocka() {
            return KLOCKA;
        }
    }

    @TempDir
    Path data;

    @Test
    void paminnelsenGarUtEnGangFastFristenPasseradeMedanApplikationenVarStoppad() throws Exception {
        String id;
        try (KorandeApplikation app = starta()) {
            // the measures come with the rapport, so the one deadline is the investigation's: the next working day
            ApiKlient.Svar svar = app.som("anna").post("/api/lex-sarah", """
                    {"enhet":"gruppbostad-eken","intraffade":"%s","beskrivning":"En brukare knuffades",
                     "brukarreferens":"B-17","omedelbaraAtgarder":"Kollegan skickades hem"}"""
                    .formatted(LocalDateTime.now(SvenskTid.ZON).minusHours(1).truncatedTo(ChronoUnit.MINUTES)));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
            id = svar.json().get("id").asText();
            Thread.sleep(2_000); // four looks of the watch: the deadline has not passed
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        }

        KLOCKA.forskjut(Duration.ofDays(10));
        try (KorandeApplikation app = starta()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length >= 1);
            ApiKlient karin = app.som("karin");
            await().atMost(Duration.ofSeconds(10)).until(() -> overskridna(karin, id) == 1);
            Thread.sleep(2_000); // more looks of the watch find nothing new
        }
        try (KorandeApplikation app = starta()) {
            Thread.sleep(2_000);
            assertThat(overskridna(app.som("karin"), id)).isEqualTo(1);
            assertThat(passeradIHistoriken(app.som("karin"), id)).isEqualTo(1);
        }

        MimeMessage[] brev = SMTP.getReceivedMessages();
        assertThat(brev).hasSize(1);
        assertThat(brev[0].getAllRecipients()[0].toString()).isEqualTo("karin@kvalitetsledning.example");
        assertThat(brev[0].getSubject()).isEqualTo("Lex Sarah: fristen för utredningen påbörjad har passerat");
        String text = (String) brev[0].getContent();
        assertThat(text).contains("/lex-sarah/" + id).contains("Gruppbostaden Eken").contains("löpte ut")
                .doesNotContain("knuffades").doesNotContain("B-17");
    }

    @Test
    void enForsenadAtgardPaminnerAgarenEnGang() throws Exception {
        String atgard;
        try (KorandeApplikation app = starta()) {
            ApiKlient.Svar svar = app.som("hanna").post("/api/atgarder", """
                    {"titel":"Ny rutin för överlämning","typ":"FOREBYGGANDE","enheter":["gruppbostad-eken"],
                     "agare":"hanna","forfallodatum":"%s","prioritet":"MEDEL"}"""
                    .formatted(LocalDate.now(KLOCKA.withZone(SvenskTid.ZON)).plusDays(5)));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
            atgard = svar.json().get("id").asText();
            Thread.sleep(2_000);
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        }

        KLOCKA.forskjut(Duration.ofDays(10));
        try (KorandeApplikation app = starta()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length >= 1);
            Thread.sleep(2_000);
            List<String> rubriker = new ArrayList<>();
            app.som("hanna").get("/api/atgarder/" + atgard).json().get("historik")
                    .forEach(h -> rubriker.add(h.get("rubrik").asText()));
            assertThat(rubriker).containsOnlyOnce("Försenad");
        }

        MimeMessage[] brev = SMTP.getReceivedMessages();
        assertThat(brev).hasSize(1);
        assertThat(brev[0].getAllRecipients()[0].toString()).isEqualTo("hanna@kvalitetsledning.example");
        assertThat(brev[0].getSubject()).isEqualTo("En åtgärd du äger är försenad");
        assertThat((String) brev[0].getContent()).contains("/atgarder/" + atgard).contains("Gruppbostaden Eken")
                .doesNotContain("Ny rutin");
    }

    @Test
    void enSynpunktsPasseradeFristerPaminnerKvalitetssamordnarenEnGangVar() throws Exception {
        String id;
        String referens;
        try (KorandeApplikation app = starta()) {
            ApiKlient.Svar svar = app.som("olof").post("/api/synpunkter", """
                    {"typ":"KLAGOMAL","kanal":"BREV","enhet":"solgarden","mottagen":"%s",
                     "vadHande":"Maten var kall","kontakt":{"namn":"Greta Svensson","telefon":"070-1234567"}}"""
                    .formatted(LocalDate.now(KLOCKA.withZone(SvenskTid.ZON))));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
            id = svar.json().get("id").asText();
            referens = svar.json().get("referens").asText();
            Thread.sleep(2_000);
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        }

        // ten days on, the kvittens (2 working days) and the handler (5) have passed; the answer (14 days) has not
        KLOCKA.forskjut(Duration.ofDays(10));
        try (KorandeApplikation app = starta()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length >= 2);
            Thread.sleep(2_000);
        }
        try (KorandeApplikation app = starta()) {
            Thread.sleep(2_000);
            JsonNode synpunkt = app.som("karin").get("/api/synpunkter/" + id).json();
            List<String> overskridna = new ArrayList<>();
            synpunkt.get("frister").forEach(f -> {
                if (f.get("overskriden").asBoolean()) {
                    overskridna.add(f.get("typ").asText());
                }
            });
            assertThat(overskridna).containsExactly("KVITTENS", "HANDLAGGARE");
            assertThat(app.som("olof").get("/api/synpunkter?forsenade=true").json())
                    .anySatisfy(r -> assertThat(r.get("id").asText()).isEqualTo(id));
        }

        MimeMessage[] brev = SMTP.getReceivedMessages();
        assertThat(brev).hasSize(2);
        assertThat(brev).allSatisfy(b -> {
            assertThat(b.getAllRecipients()[0].toString()).isEqualTo("karin@kvalitetsledning.example");
            assertThat((String) b.getContent()).contains("/synpunkter/" + id).contains("Solgården")
                    .doesNotContain("Maten").doesNotContain("Greta");
        });
        assertThat(brev).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Synpunkt " + referens + ": fristen för kvittens till avsändaren har passerat",
                "Synpunkt " + referens + ": fristen för handläggare utsedd har passerat");
    }

    private KorandeApplikation starta() {
        return KorandeApplikation.paKatalog(data, List.of("--spring.mail.host=localhost",
                "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                "--kvalitetsledning.fristbevakning.intervall=PT0.5S"), TestensKlocka.class);
    }

    private static long overskridna(ApiKlient klient, String id) {
        JsonNode frister = klient.get("/api/lex-sarah/" + id).json().get("frister");
        List<JsonNode> overskridna = new ArrayList<>();
        frister.forEach(f -> {
            if (f.get("overskriden").asBoolean()) {
                overskridna.add(f);
            }
        });
        return overskridna.size();
    }

    private static long passeradIHistoriken(ApiKlient klient, String id) {
        List<String> rubriker = new ArrayList<>();
        klient.get("/api/lex-sarah/" + id).json().get("historik").forEach(h -> rubriker.add(h.get("rubrik").asText()));
        return rubriker.stream().filter(r -> r.contains("passerad")).count();
    }
}
