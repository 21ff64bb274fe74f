package se.kvalitetsledning.infra.sammanstallning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webblasare;

/**
 * The kvalitetsråd's page: a coordinator chooses a month and an enhet and sees the flagged pattern in words, the
 * charts and the tables beside them; a handläggare chooses only among their own enheter; the page fits a phone.
 */
class KvalitetsradWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder", "kvalitetsrad");

    private static KorandeApplikation app;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        ApiKlient anna = app.som("anna");
        for (int dag = 1; dag <= 5; dag++) {
            ApiKlient.Svar svar = anna.post("/api/avvikelser", """
                    {"enhet":"gruppbostad-eken","intraffade":"2025-03-0%dT10:00","beskrivning":"Skadade sig",
                     "kategori":"sjalvskada","brukarreferens":"B-17"}""".formatted(dag));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> app.som("karin")
                .get("/api/manadssammanstallning?manad=2025-03").json().at("/avvikelser/antal/manad").asLong() == 5);
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void kvalitetssamordnarenSerMonstretOchDiagrammen() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("karin").klicka(By.linkText("Kvalitetsråd"));
            assertThat(webb.text()).contains("Månadssammanställning", "Hela organisationen");
            // a month field takes keys in the browser's own format; the value it sends is what counts here
            webb.driver().executeScript("document.getElementById('manad').value = '2025-03';");
            webb.valj("omfattning", "Enhet: Gruppbostaden Eken")
                    .skicka(By.xpath("//button[normalize-space()='Visa']"));
            assertThat(webb.sokvag())
                    .isEqualTo("/kvalitetsrad/manad?manad=2025-03&omfattning=enhet%3Agruppbostad-eken");
            assertThat(webb.text()).contains("Månadssammanställning 2025-03", "Gruppbostaden Eken",
                    "Självskada och suicidförsök: 5 jämfört med 0 samma månad föregående år; "
                            + "5 av 5 gäller samma person");
            assertThat(webb.driver().findElement(By.id("tabell-avvikelser-kategori")).getText())
                    .contains("Självskada och suicidförsök", "5", "100 %");
            assertThat(webb.driver().findElement(By.id("tabell-lex-sarah-tid")).getText()).contains("–");
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    !webb.driver().findElements(By.cssSelector("#diagram-trend svg")).isEmpty());
            assertThat(webb.driver().findElements(By.cssSelector("#diagram-kategorier svg"))).isNotEmpty();
            assertThat(webb.driver().findElement(By.id("ruta-1-1")).getText()).contains("0");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("manad-dator.png"));

            webb.oppna("/kvalitetsrad/manad?manad=2025-15&omfattning=enhet:finns-inte");
            assertThat(webb.text()).contains("Ange månaden som år och månad", "Okänd enhet");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
        }
    }

    @Test
    void handlaggarenValjerBlandSinaEnheterOchSidanPassarEnTelefon() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("hanna").oppna("/kvalitetsrad?manad=2025-03");
            assertThat(webb.text()).contains("Månadssammanställning 2025-03");
            String val = webb.driver().findElement(By.id("omfattning")).getText();
            assertThat(val).contains("Gruppbostaden Eken", "Myndighet LSS").doesNotContain("Solgården",
                    "Hela organisationen");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("manad-mobil.png"));
            webb.oppna("/kvalitetsrad/manad?manad=2025-03&omfattning=enhet:solgarden");
            assertThat(webb.text()).contains("Du har inte behörighet till sidan");
        }
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("anna");
            assertThat(webb.driver().findElements(By.linkText("Kvalitetsråd"))).isEmpty();
            webb.oppna("/kvalitetsrad");
            assertThat(webb.text()).contains("Du har inte behörighet till sidan");
        }
    }
}
