package se.kvalitetsledning.infra.kvalitetsberattelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webblasare;

/**
 * A kvalitetsberättelse in the browser: drafted from the list, two sections written, a table commented, the numbers
 * regenerated with the narrative kept, fastställd by ledning (and then no longer editable), corrected in a new
 * edition with the fastställd one still readable; every page without accessibility faults.
 */
class KvalitetsberattelseWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder", "kvalitetsberattelse");
    private static final int I_AR = LocalDate.now(SvenskTid.ZON).getYear();

    private static KorandeApplikation app;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        AvvikelseFixtures.registrera(app.som("anna"), "Brukaren fick fel läkemedel");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void enBerattelseFranUtkastTillFaststalldOchEnNyUtgava() {
        String berattelse;
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("karin").klicka(By.linkText("Kvalitetsberättelse"));
            assertThat(webb.text()).contains("Kvalitetsberättelser", "Skapa en kvalitetsberättelse");
            webb.skriv("ny-ar", "").skicka(knapp("Skapa berättelsen"));
            assertThat(webb.text()).contains("Ange ett år mellan 2000 och 2100",
                    "Välj förvaltning eller verksamhetsområde");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skriv("ny-ar", String.valueOf(I_AR)).valj("ny-omfattning", "Verksamhetsområde: LSS")
                    .skicka(knapp("Skapa berättelsen"));
            assertThat(webb.text()).contains("Kvalitetsberättelse " + I_AR, "LSS", "Utgåva 1", "Utkast",
                    "1. Ledningssystem och ansvar", "6. Avvikelser", "Avvikelser per kategori",
                    String.valueOf(I_AR - 1), "Byggd från", "Ledningen fastställer berättelsen")
                    .doesNotContain("Fastställ kvalitetsberättelsen");
            berattelse = webb.sokvag();

            webb.skriv("text-SAMVERKAN-text", "Vi samverkar med regionen kring läkemedel.")
                    .skicka(By.cssSelector("#text-SAMVERKAN button"));
            assertThat(webb.text()).contains("Texten om samverkan är sparad");
            webb.skriv("text-AVVIKELSER-text", "Rutinen för läkemedel ses över.")
                    .skicka(By.cssSelector("#text-AVVIKELSER button"));
            assertThat(webb.text()).contains("Texten om avvikelser är sparad");

            // an old version: someone else changed the berättelse meanwhile
            webb.driver().executeScript("document.querySelector('#text-PROCESSER input[name=version]').value = '0';");
            webb.skriv("text-PROCESSER-text", "Processerna är kartlagda.")
                    .skicka(By.cssSelector("#text-PROCESSER button"));
            assertThat(webb.text())
                    .contains("Ändringen sparades inte", "Någon annan har ändrat kvalitetsberättelsen");
            webb.driver().executeScript("document.getElementById('text-PROCESSER-text').value = 'x'.repeat(20001);");
            webb.skicka(By.cssSelector("#text-PROCESSER button"));
            assertThat(webb.text()).contains("Högst 20000 tecken");
            assertThat(webb.tillganglighetsbrister()).isEmpty();

            webb.klicka(By.cssSelector("#tabell-avvikelser-kategorier summary"))
                    .skriv("kommentar-avvikelser-kategorier-kommentar", "En enhet står för ökningen.")
                    .skicka(By.cssSelector("#kommentar-avvikelser-kategorier button"));
            assertThat(webb.text()).contains("Kommentaren är sparad", "Kommentar: En enhet står för ökningen.");

            webb.skicka(knapp("Generera om siffrorna"));
            assertThat(webb.text()).contains("Siffrorna är genererade på nytt",
                    "Kommentar: En enhet står för ökningen.");
            assertThat(varde(webb, "text-SAMVERKAN-text")).isEqualTo("Vi samverkar med regionen kring läkemedel.");
            assertThat(varde(webb, "text-AVVIKELSER-text")).isEqualTo("Rutinen för läkemedel ses över.");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("utkast-dator.png"));
        }

        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("lars").oppna(berattelse).skicka(knapp("Fastställ kvalitetsberättelsen"));
            assertThat(webb.text()).contains("Kvalitetsberättelsen är fastställd", "Fastställd", "av Lars",
                    "Vi samverkar med regionen kring läkemedel.", "Rutinen för läkemedel ses över.",
                    "Ladda ner Word (DOCX)", "Ladda ner PDF")
                    .doesNotContain("Spara texten", "Kommentera tabellen", "Generera om siffrorna");
            assertThat(webb.driver().findElements(By.tagName("textarea"))).hasSize(1);
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("faststalld-dator.png"));

            webb.skicka(knapp("Påbörja en ny utgåva"));
            assertThat(webb.text()).contains("Ange varför en ny utgåva behövs");
            webb.skriv("utgava-text", "Fel enhet i avvikelserna").skicka(knapp("Påbörja en ny utgåva"));
            assertThat(webb.text()).contains("En ny utgåva är påbörjad som utkast", "Utgåva 2", "Utkast",
                    "Tidigare utgåvor", "ersatt eftersom: Fel enhet i avvikelserna");
            webb.klicka(By.partialLinkText("Utgåva 1, fastställd"));
            assertThat(webb.text()).contains("Du läser utgåva 1 som den fastställdes", "Fastställd",
                    "Vi samverkar med regionen kring läkemedel.")
                    .doesNotContain("Spara texten");
            assertThat(webb.driver().findElement(By.partialLinkText("PDF")).getAttribute("href"))
                    .endsWith("berattelse.pdf?utgava=1");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
        }
    }

    @Test
    void sidornaPassarEnTelefonOchArStangdaForAndra() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("lars").oppna("/kvalitetsberattelser");
            webb.valj("ny-omfattning", "Förvaltning: Socialförvaltningen").skicka(knapp("Skapa berättelsen"));
            assertThat(webb.text()).contains("Socialförvaltningen", "Fastställ kvalitetsberättelsen");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("utkast-mobil.png"));
            webb.oppna("/kvalitetsberattelser");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("lista-mobil.png"));
        }
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("anna");
            assertThat(webb.text()).doesNotContain("Kvalitetsberättelse");
            webb.oppna("/kvalitetsberattelser");
            assertThat(webb.text()).contains("Du har inte behörighet till sidan");
        }
    }

    private static String varde(Webblasare webb, String id) {
        return webb.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static By knapp(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }
}
