package se.kvalitetsledning.infra.synpunkt.publik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Lagerkontroll;
import se.kvalitetsledning.infra.test.Webblasare;
import se.kvalitetsledning.infra.test.Webbsession;

/** Someone who has never logged in sends a klagomål from a phone, and gets a receipt with a reference. */
class PublikSynpunktWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder");
    private static final String SKRIPT = "<script>alert(1)</script>";

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
    void enAnhorigLamnarEttKlagomalFranMobilenUtanAttLoggaIn() throws JsonProcessingException {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.oppna("/synpunkter/lamna");
            assertThat(webb.sokvag()).as("no login asked for").isEqualTo("/synpunkter/lamna");
            assertThat(webb.text()).contains("Lämna synpunkter och klagomål")
                    .doesNotContain("Rapportera avvikelse", "Logga ut");
            assertThat(webb.tillganglighetsbrister()).isEmpty();

            webb.skicka(knapp());
            assertThat(webb.driver().findElement(By.cssSelector(".felsammanfattning")).getText())
                    .contains("Välj vad det gäller", "Berätta vad som hände");
            assertThat(webb.driver().findElement(By.cssSelector(".felsammanfattning a[href='#vadHande']")).getText())
                    .isEqualTo("Berätta vad som hände");
            assertThat(felVid(webb, "vadHande")).contains("Berätta vad som hände");
            assertThat(felVid(webb, "typ")).contains("Välj vad det gäller");
            assertThat(webb.driver().findElement(By.id("vadHande")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("synpunkt-fel-mobil.png"));

            webb.skriv("vadHande", SKRIPT + " Ingen kom till mamma på morgonen.").skicka(knapp());
            assertThat(webb.driver().findElement(By.id("vadHande")).getAttribute("value"))
                    .as("kept as text after the error").startsWith(SKRIPT);
            assertThatThrownBy(() -> webb.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

            webb.klicka(By.cssSelector("label[for=typ2]"))
                    .valj("enhet", "Hemtjänst Norr")
                    .skriv("onskemal", "Att någon ringer mig")
                    .skriv("kontakt.namn", "Eva Ek")
                    .skriv("kontakt.telefon", "070-123 45 67")
                    .skicka(knapp());

            assertThat(webb.sokvag()).isEqualTo("/synpunkter/lamna/kvitto");
            assertThat(webb.text()).contains("Tack! Vi har tagit emot det du skrev",
                    "Inom 2 arbetsdagar får du besked", "Du får svar inom 14 dagar").doesNotContain(SKRIPT);
            String referens = webb.driver().findElement(By.cssSelector(".referens")).getText();
            assertThat(referens).matches("SP-[0-9A-F]{8}");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbild(SKARMBILDER.resolve("synpunkt-kvitto-mobil.png"));

            JsonNode inkommen = inkommen(referens);
            assertThat(inkommen.get("typ").asText()).isEqualTo("KLAGOMAL");
            assertThat(inkommen.get("kanal").asText()).isEqualTo("E_TJANST");
            assertThat(inkommen.at("/enhet/value").asText()).isEqualTo("hemtjanst-norr");
            assertThat(inkommen.get("vadHande").asText()).isEqualTo(SKRIPT + " Ingen kom till mamma på morgonen.");

            webb.oppna("/synpunkter/lamna/kvitto");
            assertThat(webb.sokvag()).as("the receipt is shown once").isEqualTo("/synpunkter/lamna");
        }
    }

    @Test
    void denSomInteLamnarKontaktuppgifterFarVetaAttDenInteKanFaSvar() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.oppna("/synpunkter/lamna")
                    .klicka(By.cssSelector("label[for=typ3]"))
                    .skriv("vadHande", "Tack till nattpersonalen på Solgården")
                    .skicka(knapp());
            assertThat(webb.text()).contains("Tack! Vi har tagit emot det du skrev",
                    "Du lämnade inga kontaktuppgifter, så vi kan inte svara dig").doesNotContain("arbetsdagar");
        }
    }

    @Test
    void enRobotSomFyllerIFallanFarEttKvittoMenIngentingSparas() {
        long fore = antalHandelser();
        Webbsession robot = Webbsession.anonym(app.basUrl());
        Webbsession.Sida formular = robot.get("/synpunkter/lamna");

        Webbsession.Sida svar = robot.post("/synpunkter/lamna", Map.of("typ", "FORSLAG",
                "vadHande", "Köp billiga klockor", "webbplats", "https://skrap.example",
                "_csrf", formular.falt(null, "_csrf")));

        assertThat(svar.status()).isEqualTo(302);
        assertThat(svar.plats()).endsWith("/synpunkter/lamna/kvitto");
        assertThat(robot.get("/synpunkter/lamna/kvitto").html()).containsPattern("SP-[0-9A-F]{8}");
        assertThat(antalHandelser()).isEqualTo(fore);
    }

    private static By knapp() {
        return By.xpath("//button[normalize-space()='Skicka']");
    }

    /** The error message a field points to with {@code aria-describedby}, as a screen reader reads it out. */
    private static String felVid(Webblasare webb, String falt) {
        String beskrivs = webb.driver().findElement(By.id(falt)).getAttribute("aria-describedby");
        assertThat(beskrivs).as(falt + " aria-describedby").contains(falt + "-fel");
        return webb.driver().findElement(By.id(falt + "-fel")).getText();
    }

    private static JsonNode inkommen(String referens) throws JsonProcessingException {
        String borjan = referens.substring(3).toLowerCase(Locale.ROOT);
        Document handelse = new Lagerkontroll(app.bona(MongoClient.class).getDatabase("kvalitetsledning"))
                .handelser().stream()
                .filter(h -> h.getString("payloadTyp").endsWith(".SynpunktInkommen")
                        && h.getString("aggregat").startsWith(borjan))
                .findFirst().orElseThrow(() -> new AssertionError("no synpunkt " + referens));
        return new ObjectMapper().readTree(handelse.getString("payload"));
    }

    private static long antalHandelser() {
        return app.bona(MongoClient.class).getDatabase("kvalitetsledning").getCollection("handelser")
                .countDocuments();
    }
}
