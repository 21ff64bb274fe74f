package se.kvalitetsledning.infra.lexsarah;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.LexSarahFixtures;
import se.kvalitetsledning.infra.test.Webblasare;

/**
 * Lex Sarah in the browser: a staff member files a rapport from a phone and sees only the receipt; the
 * kvalitetssamordnare protects the person and names the utredare; ledning assesses and registers the anmälan.
 */
class LexSarahWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder");

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
    void medarbetarenRapporterarFranMobilenSerKvittotMenInteArendet() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("anna").klicka(By.linkText("Lex Sarah"));
            assertThat(webb.sokvag()).isEqualTo("/lex-sarah/ny");
            assertThat(webb.driver().executeScript("return window.innerWidth;")).isEqualTo(390L);
            assertThat(webb.text()).doesNotContain("Muntlig rapport");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("rapport-mobil.png"));

            webb.valj("enhet", "Gruppbostaden Eken")
                    .skriv("beskrivning", "En kollega skrek åt brukaren i webbtestet")
                    .skriv("brukarreferens", "B-17")
                    .klicka(etikett("handelsetyper", "Psykiskt övergrepp"))
                    .skicka(knapp("Skicka rapporten"));
            assertThat(webb.text()).contains("Tack! Din lex Sarah-rapport är mottagen", "Vad händer nu?");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("kvitto-mobil.png"));
            String id = webb.sokvag().replace("/lex-sarah/", "").replace("/kvitto", "");

            webb.klicka(By.linkText("Till Mina lex Sarah-rapporter"));
            assertThat(webb.text()).contains("Gruppbostaden Eken", "Mottagen", id)
                    .doesNotContain("En kollega skrek åt brukaren i webbtestet");

            webb.oppna("/lex-sarah/" + id);
            assertThat(webb.text()).contains("Du har inte behörighet till sidan")
                    .doesNotContain("En kollega skrek åt brukaren i webbtestet");
        }
    }

    @Test
    void tomBeskrivningVisasVidFaltetOchIngentingSparas() {
        ApiKlient anna = app.som("anna");
        int fore = anna.get("/api/lex-sarah/mina").json().size();
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("anna").oppna("/lex-sarah/ny")
                    .valj("enhet", "Daglig verksamhet Lyftet")
                    .skicka(knapp("Skicka rapporten"));
            assertThat(webb.sokvag()).startsWith("/lex-sarah/ny");
            assertThat(webb.driver().findElement(By.id("beskrivning")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(webb.driver().findElement(By.id("beskrivning")).getAttribute("aria-describedby"))
                    .contains("beskrivning-fel");
            assertThat(webb.text()).contains("Det gick inte att spara", "Beskriv vad som hände");
        }
        assertThat(anna.get("/api/lex-sarah/mina").json().size()).isEqualTo(fore);
    }

    @Test
    void kvalitetssamordnarenSkyddarPersonenOchUtserUtredare() {
        String id = LexSarahFixtures.utanOmedelbaraAtgarder(app.som("anna"), "Brukaren låstes in på sitt rum");
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("karin").klicka(By.linkText("Att göra"));
            assertThat(uppgifter(webb, id)).contains("Registrera omedelbara åtgärder", "Utse utredare");
            assertThat(webb.tillganglighetsbrister()).isEmpty();

            webb.klicka(By.linkText("Lex Sarah"));
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("lista-mobil.png"));
            webb.klicka(By.cssSelector("a[href='/lex-sarah/" + id + "']"));
            assertThat(webb.text()).contains("Brukaren låstes in på sitt rum", "Omedelbara åtgärder saknas");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("arende-mobil.png"));

            webb.skriv("omedelbara-text", "Brukaren fick tillbaka sin nyckel; personalen byttes")
                    .skicka(knapp("Registrera åtgärderna"));
            webb.valj("tilldelning-utredare", "Hanna Holm").skicka(knapp("Utse utredaren"));

            assertThat(webb.text()).contains("Utredaren är utsedd", "Utredare: Hanna Holm",
                            "Brukaren fick tillbaka sin nyckel; personalen byttes", "Visningslogg")
                    .doesNotContain("Omedelbara åtgärder saknas");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.oppna("/att-gora");
            assertThat(uppgifter(webb, id)).isEmpty();
        }
    }

    @Test
    void ledningenBedomerOchRegistrerarAnmalanTillIvo() {
        String id = LexSarahFixtures.rapportera(app.som("anna"), "gruppbostad-eken");
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("lars").oppna("/lex-sarah/ny");
            assertThat(webb.text()).contains("Muntlig rapport från någon annan");
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("rapport-dator.png"));

            webb.oppna("/lex-sarah/" + id)
                    .klicka(etikett("bedomning-niva", "Allvarligt missförhållande"))
                    .skriv("bedomning-motivering", "Brukarens fysiska säkerhet hotades allvarligt")
                    .skicka(knapp("Spara bedömningen"));
            assertThat(webb.text()).contains("Anmälan till IVO krävs", "Utkast till anmälan (PDF)");

            webb.skriv("anmalan-diarienummer", "3.5.1-4711/2026").skicka(knapp("Registrera anmälan"));
            assertThat(webb.text()).contains("Anmälan till IVO är registrerad", "3.5.1-4711/2026",
                    "Anmälan som den skickades (PDF)").doesNotContain("Anmälan till IVO krävs");
            assertThat(webb.driver().findElement(By.partialLinkText("Anmälan som den skickades")).getAttribute("href"))
                    .endsWith("/lex-sarah/" + id + "/anmalan.pdf");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("arende-dator.png"));

            webb.skicka(knapp("Avsluta ärendet"));
            assertThat(webb.text()).contains("Ärendet kan inte avslutas: utredning saknas");
        }
    }

    @Test
    void denSomSpararEnGammalVersionFarEttTydligtBesked() {
        String id = LexSarahFixtures.utanOmedelbaraAtgarder(app.som("anna"), "Två samtidigt i samma ärende");
        try (Webblasare karin = new Webblasare(app.basUrl(), Webblasare.DATOR);
             Webblasare lars = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            karin.loggaIn("karin").oppna("/lex-sarah/" + id);
            lars.loggaIn("lars").oppna("/lex-sarah/" + id);
            karin.skriv("omedelbara-text", "Karins åtgärd").skicka(knapp("Registrera åtgärderna"));
            lars.skriv("omedelbara-text", "Lars åtgärd").skicka(knapp("Registrera åtgärderna"));

            assertThat(lars.text()).contains("Någon annan har ändrat ärendet medan du arbetade", "Karins åtgärd")
                    .doesNotContain("De omedelbara åtgärderna är registrerade");
        }
    }

    /** The texts of the Att göra tasks that lead to the case. */
    private static List<String> uppgifter(Webblasare webb, String id) {
        return webb.driver().findElements(By.cssSelector("a[href='/lex-sarah/" + id + "']")).stream()
                .map(WebElement::getText).toList();
    }

    private static By etikett(String grupp, String text) {
        return By.xpath("//*[@id='" + grupp + "']//label[starts-with(normalize-space(), '" + text + "')]");
    }

    private static By knapp(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }
}
