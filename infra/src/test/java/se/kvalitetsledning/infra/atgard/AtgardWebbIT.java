package se.kvalitetsledning.infra.atgard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.LexSarahFixtures;
import se.kvalitetsledning.infra.test.Webblasare;

/**
 * The improvement backlog in the browser: an åtgärd created from an avvikelse, decided, holding the avvikelse open,
 * completed and evaluated, then on the board and in the export; the board on a phone; who may propose.
 */
class AtgardWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder", "atgarder");

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
    void enAtgardFranEnAvvikelseBeslutasGenomforsOchUtvarderas() throws IOException {
        String avvikelse = AvvikelseFixtures.klarForAvslut(app.som("anna"), app.som("hanna"),
                "Brukaren fick fel kost i webbtestet");
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("hanna").oppna("/avvikelser/" + avvikelse);
            webb.klicka(By.linkText("Skapa åtgärd"));
            assertThat(webb.text()).contains("Ny åtgärd", "Från avvikelse på Gruppbostaden Eken");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("ny-dator.png"));

            fyllI(webb, "Kostlistan stäms av varje vecka");
            webb.skicka(knapp("Föreslå åtgärden"));
            assertThat(webb.sokvag()).isEqualTo("/avvikelser/" + avvikelse);
            assertThat(webb.text()).contains("Åtgärden ”Kostlistan stäms av varje vecka” är skapad och kopplad hit",
                    "Kostlistan stäms av varje vecka", "Öppen");
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("avvikelse-dator.png"));

            webb.klicka(By.linkText("Kostlistan stäms av varje vecka"));
            String atgard = webb.sokvag().substring("/atgarder/".length());
            assertThat(webb.text()).contains("Föreslagen", "Avvikelse", "Korrigerande", "Hanna Holm");
            webb.skicka(knapp("Besluta åtgärden"));
            assertThat(webb.text()).contains("Åtgärden är beslutad", "Beslutad");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("atgard-dator.png"));

            webb.oppna("/avvikelser/" + avvikelse).skicka(knapp("Avsluta avvikelsen"));
            assertThat(webb.text()).contains("Varför fortsätter de öppna åtgärderna självständigt?",
                            "Skriv varför de öppna åtgärderna fortsätter självständigt")
                    .doesNotContain("Avvikelsen är avslutad");
            assertThat(webb.driver().findElement(By.id("avslut-text")).getAttribute("aria-invalid")).isEqualTo("true");

            webb.oppna("/atgarder/" + atgard)
                    .klicka(By.xpath("//summary[normalize-space()='Markera som genomförd']"))
                    .skriv("genomforande-text", "Listan stäms av på måndagar")
                    .skicka(knapp("Markera som genomförd"));
            assertThat(webb.text()).contains("Åtgärden är genomförd");
            webb.klicka(etikett("effekt-utfall", "Fick effekt"))
                    .skriv("effekt-evidens", "Inga kostfel på tre månader")
                    .skicka(knapp("Spara utvärderingen"));
            assertThat(webb.text()).contains("Effekten är utvärderad", "Inga kostfel på tre månader",
                    "Effekt utvärderad");

            webb.oppna("/atgarder");
            assertThat(webb.driver().findElement(By.cssSelector("section[aria-labelledby=kolumn-effekt_utvarderad]"))
                    .getText()).contains("Effekt utvärderad", "Kostlistan stäms av varje vecka");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("tavla-dator.png"));

            webb.oppna("/avvikelser/" + avvikelse).skicka(knapp("Avsluta avvikelsen"));
            assertThat(webb.text()).contains("Avvikelsen är avslutad", "Avslutad");
        }
        assertThat(exporterad("Kostlistan stäms av varje vecka")).containsSequence(
                "Kostlistan stäms av varje vecka", "Effekt utvärderad", "Nej");
    }

    @Test
    void tavlanPaEnTelefonStaplarKolumnernaOchListanVisarSammaAtgarder() {
        String avvikelse = AvvikelseFixtures.registrera(app.som("anna"), "Larmet hördes inte i webbtestet");
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("hanna").oppna("/atgarder/ny?kalla=AVVIKELSE:" + avvikelse);
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("ny-mobil.png"));
            fyllI(webb, "Larmen testas varje månad");
            webb.skicka(knapp("Föreslå åtgärden"));
            webb.klicka(By.linkText("Larmen testas varje månad"));
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("atgard-mobil.png"));

            webb.klicka(By.linkText("Att göra"));
            assertThat(webb.text()).contains("Mina öppna åtgärder", "Föreslagna åtgärder att besluta");
            assertThat(webb.driver().findElements(By.linkText("Larmen testas varje månad"))).hasSize(2);

            webb.klicka(By.linkText("Åtgärder"));
            List<WebElement> kolumner = webb.driver().findElements(By.cssSelector(".tavla__kolumn"));
            assertThat(kolumner).hasSize(5);
            assertThat(kolumner).extracting(k -> k.getRect().getX()).as("the columns stack").containsOnly(
                    kolumner.get(0).getRect().getX());
            assertThat(kolumner.get(0).getText()).contains("Föreslagen", "Larmen testas varje månad");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("tavla-mobil.png"));

            webb.klicka(By.linkText("Lista"));
            assertThat(webb.sokvag()).contains("vy=lista");
            assertThat(webb.text()).contains("Larmen testas varje månad", "Föreslagen");
            webb.klicka(By.cssSelector("label[for=forsenade1]")).skicka(knapp("Filtrera"));
            assertThat(webb.sokvag()).contains("forsenade=true", "vy=lista");
            assertThat(webb.text()).doesNotContain("Larmen testas varje månad");
        }
    }

    @Test
    void ettFelaktigtFormularSparasInteOchEnMedarbetareFarInteForesla() {
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            int fore = app.som("hanna").get("/api/atgarder").json().size();
            webb.loggaIn("hanna").oppna("/atgarder/ny");
            assertThat(agarval(webb)).contains("Anna Andersson", "Hanna Holm");
            webb.klicka(etikett("enheter", "Myndighet LSS"));
            new WebDriverWait(webb.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                    .until(d -> !agarval(webb).contains("Anna Andersson"));
            assertThat(agarval(webb)).contains("Hanna Holm");
            webb.skicka(knapp("Föreslå åtgärden"));
            assertThat(webb.sokvag()).isEqualTo("/atgarder/ny");
            assertThat(webb.text()).contains("Det gick inte att spara", "Ange en titel", "Välj typ",
                    "Ange förfallodatum");
            assertThat(webb.driver().findElement(By.id("titel")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            assertThat(app.som("hanna").get("/api/atgarder").json().size()).isEqualTo(fore);
        }
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("anna").oppna("/atgarder/ny");
            assertThat(webb.text()).contains("Du har inte behörighet");
            webb.oppna("/atgarder/ny?kalla=AVVIKELSE:" + AvvikelseFixtures.registrera(app.som("anna"), "Egen"));
            assertThat(webb.text()).as("her own rapport, not a case she handles").contains("Sidan finns inte");
            webb.oppna("/atgarder");
            assertThat(webb.text()).contains("De åtgärder du äger").doesNotContain("Ny åtgärd");
        }
    }

    @Test
    void franEttLexSarahArendeSkaparUtredarenEnAtgardSomKopplasTillArendet() {
        String arende = LexSarahFixtures.rapportera(app.som("anna"), "gruppbostad-eken");
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("karin").oppna("/lex-sarah/" + arende).klicka(By.linkText("Skapa åtgärd"));
            assertThat(webb.text()).contains("Från lex Sarah-ärende på Gruppbostaden Eken");
            fyllI(webb, "Överlämning med två personal");
            webb.skicka(knapp("Föreslå åtgärden"));
            assertThat(webb.sokvag()).isEqualTo("/lex-sarah/" + arende);
            assertThat(webb.text()).contains("Överlämning med två personal", "Öppen");
        }
    }

    /** The names the owner list offers now. */
    private static List<String> agarval(Webblasare webb) {
        return new Select(webb.driver().findElement(By.id("agare"))).getOptions().stream()
                .map(WebElement::getText).toList();
    }

    /** Fills the new-åtgärd form: the title given, the rest as a handler would, due in a month. */
    private static void fyllI(Webblasare webb, String titel) {
        webb.skriv("titel", titel)
                .skriv("beskrivning", "Avstämning mot genomförandeplanen")
                .klicka(etikett("typ", "Korrigerande"))
                .klicka(etikett("kvalitetsomraden", "Trygghet och säkerhet"))
                .valj("agare", "Hanna Holm")
                .skriv("forvantadEffekt", "Inga fel av samma slag")
                .skriv("matning", "Avvikelser av samma slag per kvartal");
        WebElement datum = webb.driver().findElement(By.id("forfallodatum"));
        webb.driver().executeScript("arguments[0].value = arguments[1];", datum,
                LocalDate.now(SvenskTid.ZON).plusMonths(1).toString());
    }

    /** The cells of the exported row with the given title, as the sheet shows them. */
    private static List<String> exporterad(String titel) throws IOException {
        HttpResponse<byte[]> svar = app.som("hanna").getBytes("/api/atgarder/export.xlsx");
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith(AtgardExport.XLSX));
        DataFormatter visning = new DataFormatter();
        try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(svar.body()))) {
            for (Row rad : bok.getSheetAt(0)) {
                if (rad.getRowNum() > 0 && titel.equals(rad.getCell(0).getStringCellValue())) {
                    return StreamSupport.stream(rad.spliterator(), false).map(visning::formatCellValue).toList();
                }
            }
        }
        throw new AssertionError(titel + " saknas i exporten");
    }

    private static By etikett(String grupp, String text) {
        return By.xpath("//*[@id='" + grupp + "']//label[starts-with(normalize-space(), '" + text + "')]");
    }

    private static By knapp(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }
}
