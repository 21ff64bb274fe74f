package se.kvalitetsledning.infra.synpunkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webblasare;
import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.Kontaktuppgifter;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/**
 * Synpunkter in the browser: a handler registers a klagomål that came by phone, finds it in the list, and handles it
 * from kvittens to avslut; a kvalitetssamordnare gives an anonymous one its enhet; forms refuse empty fields and
 * stale versions; a medarbetare sees none.
 */
class SynpunktWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder", "synpunkter");
    private static final String SKRIPT = "<script>alert('hej')</script>";

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
    void ettKlagomalPerTelefonHandlaggsFranRegistreringTillAvslut() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("olof").klicka(By.linkText("Synpunkter")).klicka(By.linkText("Registrera synpunkt"));
            assertThat(webb.text()).contains("kan avsändaren inte få kvittens eller svar");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("ny-dator.png"));

            webb.klicka(etikett("typ", "Klagomål"))
                    .valj("kanal", "Telefon")
                    .valj("enhet", "Hemtjänst Norr")
                    .skriv("vadHande", "Hemtjänsten kom inte på lördagen " + SKRIPT)
                    .skriv("onskemal", "Att det inte händer igen")
                    .skriv("kontakt.namn", "Eva Svensson " + SKRIPT)
                    .skriv("kontakt.telefon", "070-123 45 67")
                    .skicka(knapp("Registrera synpunkten"));
            assertThat(webb.sokvag()).startsWith("/synpunkter/");
            String id = webb.sokvag().substring("/synpunkter/".length());
            String referens = SynpunktId.av(id).referens();
            assertThat(webb.text()).contains("Synpunkten är registrerad", referens, "Klagomål", "Telefon",
                    "Hemtjänst Norr", "Hemtjänsten kom inte på lördagen " + SKRIPT, "Eva Svensson " + SKRIPT,
                    "070-123 45 67", "Kvittens till avsändaren", "Löper", "Registrerad (telefon)");
            assertThat(webb.driver().findElements(By.tagName("script"))).isEmpty();

            webb.klicka(By.linkText("Synpunkter"));
            assertThat(webb.text()).contains(referens, "Ej utsedd", "Kvittens till avsändaren:");
            webb.valj("typ", "Klagomål").skicka(knapp("Filtrera"));
            assertThat(webb.sokvag()).contains("typ=KLAGOMAL");
            assertThat(webb.text()).contains(referens);
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("lista-dator.png"));
            webb.klicka(By.cssSelector("label[for=forsenade1]")).skicka(knapp("Filtrera"));
            assertThat(webb.sokvag()).contains("typ=KLAGOMAL", "forsenade=true");
            assertThat(webb.text()).as("nothing is late yet").doesNotContain(referens);
            webb.oppna("/synpunkter?typ=BEROM");
            assertThat(webb.text()).doesNotContain(referens);

            webb.oppna("/att-gora");
            assertThat(uppgifter(webb, id)).contains("Kvittera till avsändaren", "Utse handläggare",
                    "Besvara avsändaren");
            assertThat(webb.text()).contains(referens, "Senast");

            webb.klicka(By.linkText("Kvittera till avsändaren"));
            webb.klicka(etikett("kvittens-text", "Telefon")).skicka(knapp("Registrera kvittensen"));
            assertThat(webb.text()).contains("Kvittensen är registrerad", "Kvitterad");
            webb.valj("tilldelning-handlaggare", "Olof Ek").skicka(knapp("Utse handläggaren"));
            assertThat(webb.text()).contains("Handläggaren är utsedd", "Handläggare: Olof Ek");
            webb.klicka(etikett("utredning-kvalitetsomraden", "Trygghet och säkerhet"))
                    .klicka(etikett("utredning-orsaksomraden", "Kommunikation/information"))
                    .skriv("utredning-analys", "Besöket föll bort vid schemabytet")
                    .skicka(knapp("Spara utredningen"));
            assertThat(webb.text()).contains("Utredningen är sparad", "Besöket föll bort vid schemabytet",
                    "Trygghet och säkerhet");
            webb.skriv("svar-svar", "Vi ber om ursäkt och har ändrat schemat")
                    .klicka(etikett("svar-satt", "Brev"))
                    .skicka(knapp("Registrera svaret"));
            assertThat(webb.text()).contains("Svaret är registrerat", "Vi ber om ursäkt och har ändrat schemat");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("synpunkt-dator.png"));

            webb.skicka(knapp("Avsluta synpunkten"));
            assertThat(webb.text()).contains("Synpunkten är avslutad", "Avslutad", "Registrerad (telefon)",
                    "Kvittens skickad", "Handläggare: Olof Ek", "Utredd", "Besvarad")
                    .doesNotContain("Registrera kvittensen", "Utse handläggaren", "Avsluta synpunkten");
            webb.oppna("/att-gora");
            assertThat(uppgifter(webb, id)).isEmpty();
        }
    }

    @Test
    void enAnonymSynpunktUtanEnhetFarEnhetMedSinHandlaggare() {
        String id = registrera("karin", null, null).toString();
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("karin").oppna("/synpunkter?enhet=okand");
            assertThat(webb.text()).contains(SynpunktId.av(id).referens(), "Enhet okänd");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("lista-mobil.png"));

            webb.oppna("/synpunkter/" + id);
            assertThat(webb.text()).contains("Avsändaren är anonym och kan inte få kvittens eller svar",
                    "Enhet okänd").doesNotContain("Registrera kvittensen", "Registrera svaret");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("synpunkt-mobil.png"));

            List<String> grupper = webb.driver().findElements(By.cssSelector("#tilldelning-handlaggare optgroup"))
                    .stream().map(g -> g.getAttribute("label")).toList();
            assertThat(grupper).contains("Hemtjänst Norr", "Gruppbostaden Eken");
            webb.klicka(By.xpath("//optgroup[@label='Hemtjänst Norr']/option[normalize-space()='Olof Ek']"))
                    .skicka(knapp("Utse handläggaren"));
            assertThat(webb.text()).contains("Handläggaren är utsedd", "Hemtjänst Norr", "Handläggare: Olof Ek");
        }
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("olof").oppna("/synpunkter/" + id);
            assertThat(webb.text()).contains("Hemtjänst Norr", "Handläggare: Olof Ek");
        }
    }

    @Test
    void ettTomtFaltVisasVidFaltetOchIngentingSparas() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("olof").oppna("/synpunkter/ny");
            assertThat(horisontellScroll(webb)).isFalse();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("ny-mobil.png"));
            int fore = antal(webb);
            webb.oppna("/synpunkter/ny").klicka(etikett("typ", "Synpunkt")).valj("kanal", "Brev")
                    .skicka(knapp("Registrera synpunkten"));
            assertThat(webb.sokvag()).isEqualTo("/synpunkter/ny");
            assertThat(webb.text()).contains("Det gick inte att spara", "Beskriv vad synpunkten gäller");
            WebElement falt = webb.driver().findElement(By.id("vadHande"));
            assertThat(falt.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(falt.getAttribute("aria-describedby")).contains("vadHande-fel");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            assertThat(antal(webb)).isEqualTo(fore);
        }
    }

    @Test
    void denSomSpararEnGammalVersionFarEttTydligtBesked() {
        String id = registrera("olof", "hemtjanst-norr",
                new Kontaktuppgifter("Per", "per@example.se", null, null)).toString();
        try (Webblasare karin = new Webblasare(app.basUrl(), Webblasare.DATOR);
             Webblasare olof = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            karin.loggaIn("karin").oppna("/synpunkter/" + id);
            olof.loggaIn("olof").oppna("/synpunkter/" + id);
            karin.klicka(etikett("kvittens-text", "E-post")).skicka(knapp("Registrera kvittensen"));
            olof.valj("tilldelning-handlaggare", "Olof Ek").skicka(knapp("Utse handläggaren"));

            assertThat(olof.text()).contains("Någon annan har ändrat synpunkten medan du arbetade", "Kvitterad")
                    .doesNotContain("Handläggaren är utsedd");
            olof.skicka(knapp("Utse handläggaren"));
            assertThat(olof.text()).contains("Handläggaren är utsedd");
        }
    }

    @Test
    void franSynpunktenSkapasEnAtgardSomKopplasDit() {
        String id = registrera("olof", "solgarden", null).toString();
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("olof").oppna("/synpunkter/" + id).klicka(By.linkText("Skapa åtgärd"));
            assertThat(webb.text()).contains("Från synpunkt " + SynpunktId.av(id).referens()
                    + " på Särskilt boende Solgården");
            webb.skriv("titel", "Varm mat i termoboxar")
                    .skriv("beskrivning", "Maten levereras i termoboxar")
                    .klicka(etikett("typ", "Korrigerande"))
                    .valj("agare", "Olof Ek");
            webb.driver().executeScript("arguments[0].value = arguments[1];",
                    webb.driver().findElement(By.id("forfallodatum")),
                    LocalDate.now(SvenskTid.ZON).plusMonths(1).toString());
            webb.skicka(knapp("Föreslå åtgärden"));

            assertThat(webb.sokvag()).isEqualTo("/synpunkter/" + id);
            assertThat(webb.text()).contains("Åtgärden ”Varm mat i termoboxar” är skapad och kopplad hit",
                    "Varm mat i termoboxar", "Öppen", "Varför fortsätter de öppna åtgärderna självständigt?",
                    "Åtgärd kopplad");
            webb.klicka(By.linkText("Varm mat i termoboxar"));
            assertThat(webb.driver().findElements(By.cssSelector("a[href='/synpunkter/" + id + "']"))).isNotEmpty();
        }
    }

    @Test
    void enMedarbetareSerIngaSynpunkter() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("anna");
            assertThat(webb.driver().findElements(By.linkText("Synpunkter"))).isEmpty();
            webb.oppna("/synpunkter");
            assertThat(webb.text()).contains("Du har inte behörighet");
            webb.oppna("/synpunkter/ny");
            assertThat(webb.text()).contains("Du har inte behörighet");
            webb.oppna("/att-gora");
            assertThat(webb.text()).doesNotContain("Inget att göra i synpunkter");
        }
    }

    private static SynpunktId registrera(String anvandare, String enhet, Kontaktuppgifter kontakt) {
        var aktor = app.bona(Anvandarkatalog.class).hitta(anvandare).orElseThrow();
        return app.bona(SynpunktTjanst.class).registrera(aktor, new NySynpunkt(null, Synpunktstyp.SYNPUNKT,
                Kanal.BREV, enhet, LocalDate.now(SvenskTid.ZON), "Maten var kall i webbtestet", null, kontakt));
    }

    /** How many synpunkter the list shows the logged-in user. */
    private static int antal(Webblasare webb) {
        webb.oppna("/synpunkter");
        return webb.driver().findElements(By.cssSelector(".tabell tbody tr")).size();
    }

    private static boolean horisontellScroll(Webblasare webb) {
        return (Boolean) webb.driver().executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
    }

    /** The texts of the Att göra tasks that lead to the synpunkt. */
    private static List<String> uppgifter(Webblasare webb, String id) {
        return webb.driver().findElements(By.cssSelector("a[href='/synpunkter/" + id + "']")).stream()
                .map(WebElement::getText).toList();
    }

    private static By etikett(String grupp, String text) {
        return By.xpath("//*[@id='" + grupp + "']//label[starts-with(normalize-space(), '" + text + "')]");
    }

    private static By knapp(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }
}
