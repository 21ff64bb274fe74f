package se.kvalitetsledning.infra.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webblasare;
import se.kvalitetsledning.infra.test.Webbsession;

/** A person on a phone: a staff member files an avvikelse through the form, and the handler closes one. */
class AvvikelseWebbIT {

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
    void medarbetarenRapporterarFranMobilenOchSerRapportenUnderMinaRapporter() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("anna");
            webb.klicka(By.partialLinkText("Rapportera avvikelse"));
            assertThat(webb.sokvag()).isEqualTo("/avvikelser/ny");
            assertThat(webb.tillganglighetsbrister()).isEmpty();

            webb.valj("enhet", "Gruppbostaden Eken")
                    .skriv("plats", "Matsalen")
                    .skriv("beskrivning", "Brukaren fick en annan brukares tallrik i webbtestet")
                    .klicka(By.cssSelector("label[for=mojligtMissforhallande1]"))
                    .skicka(knapp("Skicka rapporten"));
            assertThat(webb.text()).contains("Tack! Din avvikelse är registrerad");
            webb.skarmbild(SKARMBILDER.resolve("kvitto-mobil.png"));

            webb.oppna("/avvikelser/mina");
            assertThat(webb.text()).contains("Brukaren fick en annan brukares tallrik i webbtestet", "Registrerad");
        }
    }

    /** The reporter's cases come 20 to a page, the last registered first; a case's own link finds its page. */
    @Test
    void minaRapporterVisasISidorOchEttArendesLankHittarSinSida() {
        var anna = app.som("anna");
        String aldst = AvvikelseFixtures.registrera(anna, "Den äldsta i sidtestet");
        for (int i = 1; i <= 20; i++) {
            AvvikelseFixtures.registrera(anna, "Senare rapport " + i + " i sidtestet");
        }
        var session = Webbsession.loggaIn(app.basUrl(), "anna");

        var forsta = session.get("/avvikelser/mina");
        assertThat(forsta.html()).contains("Senare rapport 20 i sidtestet", "Senare rapport 1 i sidtestet",
                "Äldre rapporter", "(sida 1 av ").doesNotContain("Den äldsta i sidtestet", "Nyare rapporter");
        assertThat(forsta.html().split("<li class=\"kort\"", -1)).as("20 cases on a page").hasSize(21);
        assertThat(session.get("/avvikelser/mina?sida=2").html()).contains("Den äldsta i sidtestet",
                "Nyare rapporter", "(sida 2 av ").doesNotContain("Senare rapport 1 i sidtestet");

        var arendelank = session.get("/avvikelser/" + aldst);
        assertThat(arendelank.plats()).as("the reporter is sent to her own page of the case")
                .endsWith("/avvikelser/mina?rapport=" + aldst + "#rapport-" + aldst);
        assertThat(session.get("/avvikelser/mina?rapport=" + aldst).html()).contains("id=\"rapport-" + aldst + "\"",
                "(sida 2 av ");
        assertThat(session.get("/avvikelser/mina?sida=99").html()).contains("Sidan finns inte.");
        for (String storlek : new String[] {Webblasare.MOBIL, Webblasare.DATOR}) {
            try (Webblasare webb = new Webblasare(app.basUrl(), storlek)) {
                webb.loggaIn("anna").oppna("/avvikelser/mina?sida=2");
                assertThat(webb.tillganglighetsbrister()).isEmpty();
                webb.skarmbildHelaSidan(SKARMBILDER.resolve("mina-sida-2-" + (storlek.equals(Webblasare.MOBIL) ? "mobil"
                        : "dator") + ".png"));
            }
        }
    }

    /** Links are not passed through the resource resolvers (see Resurslankar): the script's path is as written. */
    @Test
    void listansSkriptHarSinSokvagUtanVersionOchNas() {
        var hanna = Webbsession.loggaIn(app.basUrl(), "hanna");

        assertThat(hanna.get("/avvikelser").html()).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"");
        var skript = hanna.get("/webjars/htmx.org/dist/htmx.min.js");
        assertThat(skript.status()).isEqualTo(200);
        assertThat(skript.html()).contains("htmx");
    }

    @Test
    void felaktigtFormularVisarFeletVidFaltetOchSparasInte() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("anna").oppna("/avvikelser/ny");
            webb.valj("enhet", "Gruppbostaden Eken")
                    .skicka(knapp("Skicka rapporten"));
            assertThat(webb.sokvag()).startsWith("/avvikelser/ny");
            assertThat(webb.driver().findElement(By.id("beskrivning")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(webb.text()).contains("Beskriv vad som hände");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbild(SKARMBILDER.resolve("fel-mobil.png"));
        }
    }

    @Test
    void handlaggarenKlassificerarUtrederAterkopplarOchAvslutar() {
        String id = AvvikelseFixtures.registrera(app.som("anna"), "Dörren till förrådet stod olåst");
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("hanna").oppna("/avvikelser/" + id);
            assertThat(webb.text()).contains("Dörren till förrådet stod olåst");

            webb.valj("klassificering-kategori", "Fysisk miljö och hjälpmedel")
                    .klicka(etikett("klassificering-kvalitetsomraden", "Trygghet och säkerhet"))
                    .klicka(etikett("klassificering-konsekvens", "2"))
                    .klicka(etikett("klassificering-sannolikhet", "3"))
                    .skicka(knapp("Spara klassificering"));
            assertThat(webb.text()).contains("6 – Gul");

            webb.klicka(etikett("utredning-orsaksomraden", "Teknik/utrustning"))
                    .skriv("utredning-analys", "Låset har glappat sedan i våras")
                    .skicka(knapp("Spara utredning"));
            webb.klicka(By.xpath("//summary[normalize-space()='Avskriv misstanken']"))
                    .skriv("avskrivning-text", "Ingen brukare kom till skada och risken är åtgärdad")
                    .skicka(knapp("Avskriv misstanken"));
            webb.skriv("aterkoppling-text", "Tack! Låset är bytt.")
                    .skicka(knapp("Spara återkoppling"));
            webb.skicka(knapp("Avsluta avvikelsen"));

            assertThat(webb.text()).contains("Avslutad", "Återöppna avvikelsen");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbild(SKARMBILDER.resolve("avslutad-mobil.png"));
        }
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("anna").oppna("/avvikelser/mina");
            assertThat(webb.text()).contains("Tack! Låset är bytt.").doesNotContain("Låset har glappat");
        }
    }

    @Test
    void avslutUtanAterkopplingVisarVadSomSaknas() {
        String id = AvvikelseFixtures.registrera(app.som("anna"), "Ingen återkoppling ännu");
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("hanna").oppna("/avvikelser/" + id).skicka(knapp("Avsluta avvikelsen"));
            assertThat(webb.text()).contains("Avvikelsen kan inte avslutas: klassificering saknas, utredning saknas, "
                    + "återkoppling saknas, frågan om lex Sarah är obesvarad");
        }
    }

    @Test
    void denAndraHandlaggarenSomSpararSammaVersionFarEttTydligtBesked() {
        String id = AvvikelseFixtures.registrera(app.som("anna"), "Två handläggare samtidigt");
        try (Webblasare hanna = new Webblasare(app.basUrl(), Webblasare.DATOR);
             Webblasare karin = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            hanna.loggaIn("hanna").oppna("/avvikelser/" + id);
            karin.loggaIn("karin").oppna("/avvikelser/" + id);
            hanna.skriv("aterkoppling-text", "Hannas återkoppling").skicka(knapp("Spara återkoppling"));
            karin.skriv("aterkoppling-text", "Karins återkoppling").skicka(knapp("Spara återkoppling"));

            assertThat(karin.text()).contains("Någon annan har ändrat avvikelsen medan du arbetade")
                    .contains("Hannas återkoppling");
            assertThat(app.som("karin").get("/api/avvikelser/" + id).json().get("aterkoppling").asText())
                    .isEqualTo("Hannas återkoppling");
        }
    }

    @Test
    void enHandlaggareSerInteAndraEnheternasAvvikelser() {
        String id = AvvikelseFixtures.registrera(app.som("anna"), "Bara för Ekens handläggare");
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("olof").oppna("/avvikelser/" + id);
            assertThat(webb.text()).doesNotContain("Bara för Ekens handläggare").contains("finns inte");
            webb.oppna("/avvikelser?text=Ekens");
            assertThat(webb.text()).doesNotContain("Bara för Ekens handläggare");
        }
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("erik").oppna("/avvikelser");
            assertThat(webb.text()).doesNotContain("Bara för Ekens handläggare");
        }
    }

    private static By etikett(String grupp, String text) {
        return By.xpath("//*[@id='" + grupp + "']//label[starts-with(normalize-space(), '" + text + "')]");
    }

    private static By knapp(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }
}
