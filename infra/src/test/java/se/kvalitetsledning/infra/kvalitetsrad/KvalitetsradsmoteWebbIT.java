package se.kvalitetsledning.infra.kvalitetsrad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webblasare;

/**
 * A kvalitetsråd meeting in the browser: planned from the summary page, the summary frozen, a point noted, a decision
 * that becomes an åtgärd on the board, the minutes justerade; every page without accessibility faults.
 */
class KvalitetsradsmoteWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder", "kvalitetsrad");

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
    void ettMoteFranPlaneringTillJusteratProtokoll() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("karin").klicka(By.linkText("Kvalitetsråd")).klicka(By.linkText("Möten"));
            assertThat(webb.text()).contains("Kvalitetsrådets möten", "Inga möten ännu");
            webb.skriv("mote-datum", "");
            webb.skicka(knapp("Planera mötet"));
            assertThat(webb.text()).contains("Ange mötets datum");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            // date and month fields take keys in the browser's own format; the value they send is what counts here
            webb.driver().executeScript("document.getElementById('mote-datum').value = '2026-04-08';"
                    + "document.getElementById('mote-manad').value = '2026-03';");
            webb.valj("mote-omfattning", "Enhet: Gruppbostaden Eken")
                    .skriv("mote-deltagare", "Karin Lund\nLars Nord")
                    .skicka(knapp("Planera mötet"));
            assertThat(webb.text()).contains("Kvalitetsrådet 2026-04-08", "Utkast", "Gruppbostaden Eken",
                    "Karin Lund, Lars Nord", "Underlaget är inte fryst");

            webb.skicka(knapp("Justera protokollet"));
            assertThat(webb.text()).contains("Frys underlaget innan protokollet justeras");
            webb.skicka(knapp("Frys månadssammanställningen"));
            assertThat(webb.text()).contains("Underlaget är fryst", "Månadssammanställningen 2026-03 byggd");

            webb.klicka(By.xpath("//summary[normalize-space()='Anteckna en punkt']"))
                    .skriv("punkt-rubrik", "Avvikelser").skriv("punkt-anteckning", "Inga avvikelser i mars.")
                    .skicka(knapp("Spara punkten"));
            assertThat(webb.text()).contains("Punkten är antecknad", "1. Avvikelser", "Inga avvikelser i mars.");

            webb.klicka(By.xpath("//summary[normalize-space()='Fatta ett beslut']"))
                    .skriv("beslut-text", "Ta fram en rutin för nattbemanning")
                    .klicka(By.id("beslut-medAtgard"))
                    .skicka(knapp("Fatta beslutet"));
            assertThat(webb.text()).contains("Ange åtgärdens titel", "Välj enhet", "Välj ägare");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skriv("beslut-titel", "Rutin för nattbemanning").valj("beslut-enhet", "Gruppbostaden Eken")
                    .valj("beslut-agare", "Hanna Holm");
            webb.driver().executeScript("document.getElementById('beslut-forfallodatum').value = '"
                    + LocalDate.now(SvenskTid.ZON).plusMonths(1) + "';");
            webb.skicka(knapp("Fatta beslutet"));
            assertThat(webb.text()).contains("Beslutet är fattat och åtgärden finns i förbättringsarbetet",
                    "Ta fram en rutin för nattbemanning");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("mote-dator.png"));
            String mote = webb.sokvag();

            webb.klicka(By.linkText("Åtgärden i förbättringsarbetet"));
            assertThat(webb.text()).contains("Rutin för nattbemanning", "Kvalitetsråd");
            webb.oppna(mote).skicka(knapp("Justera protokollet"));
            assertThat(webb.text()).contains("Protokollet är justerat", "Justerat")
                    .doesNotContain("Anteckna en punkt", "Fatta ett beslut");
        }
    }

    @Test
    void moteslistanPassarEnTelefonOchArStangdForAndra() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("lars").oppna("/kvalitetsrad/moten");
            assertThat(webb.text()).contains("Planera ett möte");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("moten-mobil.png"));
        }
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("hanna").oppna("/kvalitetsrad/moten");
            assertThat(webb.text()).contains("Du har inte behörighet till sidan");
        }
    }

    private static By knapp(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }
}
