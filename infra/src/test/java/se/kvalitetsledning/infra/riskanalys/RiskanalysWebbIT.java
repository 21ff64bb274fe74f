package se.kvalitetsledning.infra.riskanalys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webblasare;

/**
 * Riskanalyser in the browser: a handler starts one, adds a risk and finds it counted in the heat map beside the
 * register; ledning fastställer it and reviews the risk; the pages fit a phone.
 */
class RiskanalysWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder", "riskanalyser");

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
    void enRiskSynsIVarmekartanOchRegistret() {
        String analys;
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("olof").klicka(By.linkText("Riskanalyser"));
            assertThat(webb.text()).contains("Riskregister", "Riskmatris");
            webb.oppna("/riskanalyser?enhet=boendestod-centrum");
            assertThat(ruta(webb, 3, 2)).isEqualTo("0");
            webb.klicka(By.linkText("Ny riskanalys"));
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("ny-dator.png"));
            webb.valj("anledning", "Inför ändrad bemanning")
                    .valj("enhet", "Boendestöd Centrum")
                    .skriv("process", "Nattbemanningen halveras")
                    .skicka(knapp("Inled riskanalysen"));
            assertThat(webb.text()).contains("Riskanalysen är inledd", "Utkast", "Inför ändrad bemanning");
            analys = webb.sokvag();

            webb.skicka(knapp("Lägg till risken"));
            assertThat(webb.text()).contains("Beskriv risken", "Ange konsekvens 1–4", "Ange sannolikhet 1–4");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skriv("ny-beskrivning", "Fall i duschen nattetid")
                    .klicka(etikett("ny-konsekvens", "3"))
                    .klicka(etikett("ny-sannolikhet", "2"))
                    .skriv("ny-befintligaBarriarer", "Larmknapp")
                    .skicka(knapp("Lägg till risken"));
            assertThat(webb.text()).contains("Risken är tillagd", "Fall i duschen nattetid", "6 – Röd");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("analys-dator.png"));
            webb.klicka(By.linkText("Fall i duschen nattetid"));
            assertThat(webb.text()).contains("Ändra risken", "Larmknapp", "Orsak\nEj angiven");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("risk-dator.png"));
            webb.klicka(By.linkText("Riskanalysen: Nattbemanningen halveras"));

            webb.klicka(By.linkText("Riskregistret"));
            assertThat(webb.sokvag()).isEqualTo("/riskanalyser?enhet=boendestod-centrum");
            assertThat(ruta(webb, 3, 2)).isEqualTo("1");
            assertThat(webb.driver().findElement(By.id("ruta-3-2")).getAttribute("class")).contains("risk--rod");
            assertThat(webb.driver().findElement(By.cssSelector("#riskmatris caption")).getText())
                    .contains("Boendestöd Centrum", "1 totalt");
            assertThat(webb.text()).contains("Fall i duschen nattetid", "Nattbemanningen halveras");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("register-dator.png"));
        }

        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("lars").oppna(analys);
            webb.skicka(knapp("Fastställ riskanalysen"));
            assertThat(webb.text()).contains("Riskanalysen är fastställd", "Fastställd");
            assertThat(horisontellScroll(webb)).isFalse();
            webb.klicka(By.linkText("Fall i duschen nattetid"));
            webb.valj("granskning-sannolikhet", "1 – Kan hända någon gång per år")
                    .skriv("granskning-kommentar", "Halkskydd monterat")
                    .klicka(By.cssSelector("label[for=hanterad1]"))
                    .skicka(knapp("Spara granskningen"));
            assertThat(webb.text()).contains("Granskningen är sparad", "Hanterad");
            webb.klicka(By.linkText("Fall i duschen nattetid"));
            assertThat(webb.text()).contains("Halkskydd monterat", "Hanterad, granskas inte längre");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("risk-mobil.png"));

            webb.oppna("/riskanalyser?enhet=boendestod-centrum");
            assertThat(ruta(webb, 3, 2)).isEqualTo("0");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("register-mobil.png"));
        }

        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("anna");
            assertThat(webb.driver().findElements(By.linkText("Riskanalyser"))).isEmpty();
        }
    }

    private static String ruta(Webblasare webb, int konsekvens, int sannolikhet) {
        return webb.driver().findElement(By.cssSelector("#ruta-" + konsekvens + "-" + sannolikhet
                + " .riskmatris__antal")).getText();
    }

    private static boolean horisontellScroll(Webblasare webb) {
        return (Boolean) webb.driver().executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
    }

    private static By etikett(String grupp, String text) {
        return By.xpath("//*[@id='" + grupp + "']//label[starts-with(normalize-space(), '" + text + "')]");
    }

    private static By knapp(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }
}
