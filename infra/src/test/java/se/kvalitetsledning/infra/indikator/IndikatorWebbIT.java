package se.kvalitetsledning.infra.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webblasare;

/**
 * Indikatorer in the browser: the kvalitetssamordnare reaches them from the kvalitetsråd, defines a goal and enters
 * the month's value, sees its colour and corrects it; on a phone the handläggare gets a bad number and a change made
 * meanwhile explained at the form; Myndighet LSS's seeded goals show their months in colour; no page has
 * accessibility faults or scrolls sideways.
 */
class IndikatorWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder", "indikatorer");
    private static final YearMonth DENNA = YearMonth.now(SvenskTid.ZON);

    private static KorandeApplikation app;

    @BeforeAll
    static void starta() {
        // the demo data without a history: only Myndighet LSS's example goals
        app = KorandeApplikation.iMinnet("--kvalitetsledning.demodata.aktiv=true",
                "--kvalitetsledning.demodata.antal-avvikelser=0");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void ettVardeFarSinFargOchRattasSedan() {
        String indikator;
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("karin").klicka(By.linkText("Kvalitetsråd")).klicka(By.linkText("Indikatorer"));
            webb.valj("enhet", "Gruppbostaden Eken").skicka(knapp("Visa"));
            assertThat(webb.text()).contains("Gruppbostaden Eken har inga indikatorer ännu.");
            webb.klicka(By.linkText("Ny indikator"));
            webb.skriv("mal", "femtiofem").skicka(knapp("Skapa indikatorn"));
            assertThat(webb.text()).contains("Namnge indikatorn", "Ange om lägre eller högre är bättre",
                    "Skriv ett tal, t.ex. 58 eller 92,5");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("ny-fel-dator.png"));
            webb.skriv("namn", "Ärenden per handläggare, vuxna")
                    .skriv("enhetsbeteckning", "ärenden")
                    .klicka(By.cssSelector("label[for=riktning1]"))
                    .skriv("mal", "55")
                    .skriv("gulMarginal", "5")
                    .skicka(knapp("Skapa indikatorn"));
            assertThat(webb.text()).contains("Indikatorn är skapad",
                    "Mål: högst 55 ärenden; gul upp till 60, röd över");
            indikator = webb.sokvag();

            webb.skriv("varde-varde", "58").skriv("varde-kommentar", "En vakans").skicka(knapp("Spara värdet"));
            assertThat(webb.text()).contains("Värdet för " + DENNA + " är sparat");
            assertThat(farg(webb)).isEqualTo("Gul");
            assertThat(fargklass(webb)).contains("risk--gul");
            webb.skriv("varde-varde", "61").skicka(knapp("Spara värdet"));
            assertThat(farg(webb)).isEqualTo("Röd");
            assertThat(fargklass(webb)).contains("risk--rod");
            assertThat(rad(webb).getText()).contains("61", "högst 55", "Karin Lund (rättat från 58)");
            assertThat(webb.text()).contains("Rättelser", DENNA + ": 58 registrerat av Karin Lund");
            assertThat(webb.driver().findElements(By.cssSelector("#diagram-" + id(indikator) + " svg"))).isNotEmpty();
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("indikator-dator.png"));

            webb.klicka(By.linkText("Indikatorer: Gruppbostaden Eken"));
            assertThat(webb.text()).contains("Ärenden per handläggare, vuxna", "Mål: högst 55 ärenden");
            assertThat(farg(webb)).isEqualTo("Röd");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("lista-dator.png"));
        }

        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("hanna").oppna(indikator);
            webb.skriv("varde-varde", "sextio").skicka(knapp("Spara värdet"));
            assertThat(webb.driver().findElement(By.id("varde-varde-fel")).getText())
                    .contains("Skriv ett tal, t.ex. 58 eller 92,5");
            assertThat(webb.tillganglighetsbrister()).isEmpty();

            // karin corrects the month meanwhile: hanna's form still carries the version she saw
            ApiKlient karin = app.som("karin");
            long version = karin.get("/api/indikatorer/" + id(indikator)).json().get("version").asLong();
            ApiKlient.Svar andrad = karin.post("/api/indikatorer/" + id(indikator) + "/varden",
                    "{\"manad\":\"" + DENNA + "\",\"varde\":54}", "\"" + version + "\"");
            assertThat(andrad.status()).as(andrad.toString()).isEqualTo(200);
            webb.skriv("varde-varde", "59").skicka(knapp("Spara värdet"));
            assertThat(webb.text()).contains("Någon annan har ändrat indikatorn medan du arbetade");
            assertThat(farg(webb)).isEqualTo("Grön");
            webb.skicka(knapp("Spara värdet"));
            assertThat(webb.text()).contains("Värdet för " + DENNA + " är sparat");
            assertThat(farg(webb)).isEqualTo("Gul");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("indikator-mobil.png"));

            webb.oppna("/indikatorer?enhet=gruppbostad-eken");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("lista-mobil.png"));
            assertThat(webb.driver().findElements(By.linkText("Ny indikator"))).isEmpty();
        }
    }

    @Test
    void exempelmalenVisasMedSinaFarger() {
        ApiKlient karin = app.som("karin");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                karin.get("/api/indikatorer?enhet=myndighet-lss").json().size() == 6);
        for (String storlek : new String[]{Webblasare.DATOR, Webblasare.MOBIL}) {
            try (Webblasare webb = new Webblasare(app.basUrl(), storlek)) {
                webb.loggaIn("lars").oppna("/indikatorer?enhet=myndighet-lss");
                assertThat(webb.text()).contains("Ärenden per handläggare, barn", "Utredningstid, vuxna",
                        "Mål: minst 85 %; gul ned till 80, röd under");
                assertThat(webb.driver().findElements(By.cssSelector(".indikator"))).hasSize(6);
                assertThat(webb.driver().findElements(By.cssSelector(".diagram__yta svg"))).hasSize(6);
                assertThat(webb.driver().findElements(By.cssSelector("td .risk--rod"))).isNotEmpty();
                assertThat(webb.driver().findElements(By.cssSelector("td .risk--gron"))).isNotEmpty();
                assertThat(horisontellScroll(webb)).isFalse();
                assertThat(webb.tillganglighetsbrister()).isEmpty();
                webb.skarmbildHelaSidan(SKARMBILDER.resolve(storlek.equals(Webblasare.DATOR)
                        ? "exempel-dator.png" : "exempel-mobil.png"));
            }
        }
    }

    private static WebElement rad(Webblasare webb) {
        return webb.driver().findElement(By.cssSelector("tr[data-manad='" + DENNA + "']"));
    }

    private static String farg(Webblasare webb) {
        return rad(webb).findElement(By.cssSelector(".risk")).getText();
    }

    private static String fargklass(Webblasare webb) {
        return rad(webb).findElement(By.cssSelector(".risk")).getAttribute("class");
    }

    private static String id(String sokvag) {
        return sokvag.substring(sokvag.lastIndexOf('/') + 1);
    }

    private static boolean horisontellScroll(Webblasare webb) {
        return (Boolean) webb.driver().executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
    }

    private static By knapp(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }
}
