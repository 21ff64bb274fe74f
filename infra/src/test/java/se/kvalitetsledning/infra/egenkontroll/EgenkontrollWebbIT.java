package se.kvalitetsledning.infra.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.Webblasare;
import se.kvalitetsledning.infra.test.Webbsession;

/**
 * Egenkontroller in the browser: a kvalitetssamordnare plans a Barnperspektiv check in the årshjul, starts it and
 * draws the sample; staff answer its items (a conditional question where its condition holds, one answered where it
 * does not, which counts nowhere, Ej aktuellt); it is completed and shows its shares and colours, "–" where nothing
 * counts. The pages fit a phone and have no accessibility faults; people outside the enhet get 403.
 */
class EgenkontrollWebbIT {

    private static final Path SKARMBILDER = Path.of("target", "skarmbilder", "egenkontroller");
    private static final String POPULATION = IntStream.rangeClosed(1, 10).mapToObj(i -> "akt-" + (100 + i))
            .collect(Collectors.joining("\n"));
    private static final String FLAGGA = "ingen-senaste-12-manader-gruppbostad-eken";

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
    void enEgenkontrollPlanerasGenomforsOchGerSittResultat() {
        String kontroll;
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("karin").klicka(By.linkText("Egenkontroller"));
            assertThat(webb.text()).contains("Egenkontroller " + YearMonth.now().getYear(), "Gruppbostaden Eken");
            assertThat(webb.driver().findElement(By.id(FLAGGA)).getText())
                    .contains("Ingen genomförd egenkontroll de senaste 12 månaderna");
            webb.skicka(knapp("Planera egenkontrollen"));
            assertThat(webb.text()).contains("Det gick inte att spara", "Välj kontrollmall", "Välj enhet",
                    "Välj ansvarig");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.valj("mall", "Barnperspektiv").valj("enhet", "Gruppbostaden Eken").valj("ansvarig", "Hanna Holm");
            manad(webb, "manad", YearMonth.now().toString());
            webb.skicka(knapp("Planera egenkontrollen"));
            assertThat(webb.text()).contains("Egenkontrollen är planerad", "Planerad", "Hanna Holm");
            kontroll = webb.sokvag();
            assertThat(webb.tillganglighetsbrister()).isEmpty();

            webb.klicka(By.linkText("Egenkontroller"));
            assertThat(webb.driver().findElement(By.id("kontroll-" + id(kontroll))).getText())
                    .contains("Barnperspektiv", "Hanna Holm", "Att göra");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("plan-dator.png"));

            webb.oppna(kontroll).skicka(knapp("Påbörja egenkontrollen"));
            assertThat(webb.text()).contains("Egenkontrollen är påbörjad", "Pågår", "Barnperspektiv, version 1");
            webb.skriv("stickprovsstorlek", "40").skicka(knapp("Dra stickprovet"));
            assertThat(webb.text()).contains("Klistra in 1–5000 referenser, en per rad");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skriv("population", POPULATION).skicka(knapp("Dra stickprovet"));
            assertThat(webb.text()).contains("Stickprovet kan inte vara större än populationen (10)");
            webb.skriv("stickprovsstorlek", "4").skicka(knapp("Dra stickprovet"));
            assertThat(webb.text()).contains("Stickprovet är draget");
            assertThat(webb.driver().findElement(By.id("stickprovsandel")).getText()).isEqualTo("4 av 10 = 40 %");
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("stickprov-dator.png"));

            // item 1: the conditional question is answered although its condition does not hold: it counts nowhere
            besvara(webb, kontroll, 1, Map.of("barnet-hort", "JA", "barnets-basta", "JA",
                    "kompenserande-atgarder", "NEJ"));
            assertThat(webb.text()).contains("Svaren för post 1 är sparade", "gäller inte posten just nu");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("post-dator.png"));
            besvara(webb, kontroll, 2, Map.of("barnet-hort", "NEJ", "barnets-basta", "JA",
                    "kompenserande-atgarder", "EJ_AKTUELLT"));
            besvara(webb, kontroll, 3, Map.of("barnet-hort", "EJ_AKTUELLT", "barnets-basta", "JA"));

            webb.oppna(kontroll).skicka(knapp("Slutför egenkontrollen"));
            assertThat(webb.text()).contains("Ändringen sparades inte", "2 obligatoriska svar saknas",
                    "Egenkontrollen kan inte slutföras");
            assertThat(webb.driver().findElement(By.id("saknade")).getText()).contains("Post 4");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
        }

        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("anna").klicka(By.linkText("Egenkontroller"));
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("plan-mobil.png"));
            webb.oppna(kontroll + "/poster/4");
            // someone else answers the same question meanwhile: saving the page's stale version is refused
            Webbsession hanna = Webbsession.loggaIn(app.basUrl(), "hanna");
            Webbsession.Sida sida = hanna.get(kontroll + "/poster/4");
            assertThat(hanna.post(kontroll + "/poster/4", Map.of("_csrf", sida.falt("postsvar", "_csrf"),
                    "version", sida.falt("postsvar", "version"), "svar[barnet-hort]", "NEJ")).status())
                    .isEqualTo(302);
            svara(webb, "barnet-hort", "JA");
            svara(webb, "barnets-basta", "JA");
            webb.skicka(knapp("Spara svaren"));
            assertThat(webb.text()).contains("Någon annan har ändrat samma uppgift", "Sparat: Nej");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("post-konflikt-mobil.png"));
            svara(webb, "barnet-hort", "JA");
            webb.skicka(knapp("Spara svaren"));
            assertThat(webb.text()).contains("Svaren för post 4 är sparade");
        }

        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("hanna").oppna(kontroll).skicka(knapp("Slutför egenkontrollen"));
            assertThat(webb.text()).contains("Egenkontrollen är genomförd", "Genomförd");
            // barnet hört: Ja 2 of Ja + Nej 3 (Ej aktuellt left out) = 67 %, röd
            assertThat(rad(webb, "barnet-hort")).contains("2 av 3 (1 ej aktuella)", "67 %", "Röd");
            assertThat(farg(webb, "barnet-hort")).contains("risk--rod");
            assertThat(rad(webb, "barnets-basta")).contains("4 av 4", "100 %", "Grön");
            assertThat(farg(webb, "barnets-basta")).contains("risk--gron");
            // asked of item 2 only, answered Ej aktuellt there: no value, and item 1's answer counts nowhere
            assertThat(rad(webb, "kompenserande-atgarder")).contains("0 av 0", "–", "Ingen färg")
                    .doesNotContain("0 %", "NaN");
            assertThat(webb.driver().findElement(By.id("totalt")).getText())
                    .contains("86 %", "6 av 7", "Gul");
            assertThat(webb.driver().findElement(By.id("brister")).getText())
                    .contains("Barnet har fått komma till tals").doesNotContain("Barnets bästa");
            assertThat(webb.text()).contains("Ingen tidigare genomförd egenkontroll", "Ladda ner resultatet");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("resultat-mobil.png"));

            webb.klicka(By.linkText("Egenkontroller"));
            assertThat(webb.driver().findElement(By.id("kontroll-" + id(kontroll))).getText())
                    .contains("Genomförd");
            assertThat(webb.driver().findElements(By.id(FLAGGA))).isEmpty();

            webb.klicka(By.linkText("Kontrollmallar")).klicka(By.linkText("Aktgranskning, myndighet LSS/SoL"));
            assertThat(webb.text()).contains("Version 1", "Om fråga 3 är Ja", "Grön från 90 %, gul från 70 %");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("kontrollmall-mobil.png"));
        }

        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("karin").oppna(kontroll);
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("resultat-dator.png"));
            webb.oppna(kontroll + "/poster/2");
            assertThat(webb.text()).contains("svaren kan inte längre ändras", "Sparat: Ej aktuellt");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.oppna("/kontrollmallar");
            assertThat(webb.text()).contains("Barnperspektiv", "Genomförandeplan, utförare");
            assertThat(webb.tillganglighetsbrister()).isEmpty();

            // the next check of the same kind in the enhet, over its whole population, is compared with this one
            webb.oppna("/egenkontroller").valj("mall", "Barnperspektiv").valj("enhet", "Gruppbostaden Eken")
                    .valj("ansvarig", "Karin Lund");
            manad(webb, "manad", YearMonth.now().plusMonths(1).toString());
            webb.skicka(knapp("Planera egenkontrollen")).skicka(knapp("Påbörja egenkontrollen"));
            webb.skriv("population", "akt-201").skicka(knapp("Dra stickprovet"));
            assertThat(webb.driver().findElement(By.id("stickprovsandel")).getText()).isEqualTo("1 av 1 = 100 %");
            String nasta = webb.sokvag();
            besvara(webb, nasta, 1, Map.of("barnet-hort", "JA", "barnets-basta", "JA"));
            webb.oppna(nasta).skicka(knapp("Slutför egenkontrollen"));
            assertThat(webb.driver().findElement(By.id("trend")).getText())
                    .contains("totalt 86 %, nu 100 % (+14 procentenheter)");
            assertThat(webb.text()).contains("67 % 100 % +33 procentenheter");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("trend-dator.png"));
        }

        Webbsession erik = Webbsession.loggaIn(app.basUrl(), "erik");
        assertThat(erik.get(kontroll).status()).isEqualTo(403);
        assertThat(erik.get(kontroll + "/poster/1").status()).isEqualTo(403);
        assertThat(erik.get(kontroll + "/resultat.xlsx").status()).isEqualTo(403);
        Webbsession admin = Webbsession.loggaIn(app.basUrl(), "admin");
        assertThat(admin.get("/egenkontroller").status()).isEqualTo(403);
        assertThat(admin.get("/kontrollmallar").status()).isEqualTo(200);
        Webbsession hanna = Webbsession.loggaIn(app.basUrl(), "hanna");
        assertThat(hanna.get(kontroll + "/resultat.xlsx").status()).isEqualTo(200);
        assertThat(hanna.get(kontroll + "/poster/5").status()).isEqualTo(404);
    }

    @Test
    void enKvalitetssamordnareSkaparOchPubliceraEnKontrollmall() {
        String mall;
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.MOBIL)) {
            webb.loggaIn("karin").oppna("/kontrollmallar").klicka(By.linkText("Ny kontrollmall"));
            webb.skicka(knapp("Skapa kontrollmallen"));
            assertThat(webb.text()).contains("Ange ett namn");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skriv("namn", "Läkemedelshantering").klicka(By.cssSelector("label[for='kvalitetsomraden1']"))
                    .skicka(knapp("Skapa kontrollmallen"));
            assertThat(webb.text()).contains("Kontrollmallen är skapad", "Utkast till version 1",
                    "Mallen har inga frågor");
            mall = webb.sokvag().replace("/utkast", "");

            webb.skriv("fragor[0].text", "Signeringslistan är komplett").skriv("fragor[0].id", "Signering!")
                    .valj("fragor[0].kvalitetsomrade", "Trygghet och säkerhet")
                    .skicka(knapp("Spara utkastet"));
            assertThat(webb.text()).contains("Ändringen sparades inte", "Högst 40 tecken: a–z, 0–9 och bindestreck");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            // without an id the question gets one made from its text
            webb.skriv("fragor[0].id", "").skicka(knapp("Spara utkastet"));
            assertThat(webb.text()).contains("Utkastet är sparat");
            assertThat(webb.driver().findElement(By.id("fragor[0].id")).getAttribute("value"))
                    .isEqualTo("signeringslistan-ar-komplett");
            webb.skriv("fragor[1].text", "Avvikelse är rapporterad")
                    .valj("fragor[1].kvalitetsomrade", "Trygghet och säkerhet")
                    .valj("fragor[1].villkor", "Om ”Signeringslistan är komplett” besvarats med")
                    .valj("fragor[1].villkorSvar", "Nej")
                    .skicka(knapp("Spara utkastet"));
            assertThat(webb.text()).contains("Utkastet är sparat").doesNotContain("Det här hindrar publicering");
            assertThat(horisontellScroll(webb)).isFalse();
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skarmbildHelaSidan(SKARMBILDER.resolve("utkast-mobil.png"));

            webb.skicka(knapp("Publicera version 1"));
            assertThat(webb.text()).contains("Kontrollmallen är publicerad", "Version 1", "Om fråga 1 är Nej",
                    "Avvikelse är rapporterad");
        }
        Webbsession anna = Webbsession.loggaIn(app.basUrl(), "anna");
        assertThat(anna.get("/kontrollmallar/ny").status()).isEqualTo(403);
        assertThat(anna.get(mall + "/utkast").status()).isEqualTo(403);
        assertThat(anna.get(mall).status()).isEqualTo(200);
    }

    @Test
    void enForsenadEgenkontrollPlanerasOmOchStallsIn() {
        YearMonth forra = YearMonth.now().minusMonths(1);
        YearMonth nasta = YearMonth.now().plusMonths(1);
        try (Webblasare webb = new Webblasare(app.basUrl(), Webblasare.DATOR)) {
            webb.loggaIn("lars").oppna("/egenkontroller");
            webb.valj("mall", "Dokumentation och rättssäkerhet").valj("enhet", "Hemtjänst Norr")
                    .valj("ansvarig", "Olof Ek");
            manad(webb, "manad", forra.toString());
            webb.skicka(knapp("Planera egenkontrollen"));
            String kontroll = webb.sokvag();
            webb.oppna("/egenkontroller?enhet=hemtjanst-norr&ar=" + forra.getYear());
            By rad = By.id("kontroll-" + id(kontroll));
            assertThat(webb.driver().findElement(rad).getText()).contains("Försenad", "Olof Ek");
            assertThat(webb.driver().findElement(rad).findElement(By.className("markor--forsenad")).getText())
                    .isEqualTo("Försenad");

            webb.oppna(kontroll).klicka(By.xpath("//summary[normalize-space()='Planera om']"));
            manad(webb, "omplanering-manad", nasta.toString());
            webb.valj("omplanering-ansvarig", "Erik Berg").skicka(knapp("Spara den nya planen"));
            assertThat(webb.text()).contains("Egenkontrollen är omplanerad", nasta.toString(), "Erik Berg");

            webb.klicka(By.xpath("//summary[normalize-space()='Ställ in']")).skicka(knapp("Ställ in egenkontrollen"));
            assertThat(webb.text()).contains("Ange skälet");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
            webb.skriv("installning-text", "Enheten slås samman med Hemtjänst Söder")
                    .skicka(knapp("Ställ in egenkontrollen"));
            assertThat(webb.text()).contains("Egenkontrollen är inställd", "Inställd",
                    "Enheten slås samman med Hemtjänst Söder").doesNotContain("Påbörja egenkontrollen");
            assertThat(webb.tillganglighetsbrister()).isEmpty();
        }
    }

    private static void besvara(Webblasare webb, String kontroll, int nr, Map<String, String> svar) {
        webb.oppna(kontroll + "/poster/" + nr);
        svar.forEach((fraga, alternativ) -> svara(webb, fraga, alternativ));
        webb.skicka(knapp("Spara svaren"));
    }

    private static Webblasare svara(Webblasare webb, String fraga, String alternativ) {
        return webb.klicka(By.cssSelector("label[for='svar-" + fraga + "-" + alternativ + "']"));
    }

    /** A month field takes typed text differently in every browser; the test sets its value as a form would. */
    private static void manad(Webblasare webb, String falt, String manad) {
        webb.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1];", falt, manad);
    }

    private static String rad(Webblasare webb, String fraga) {
        return webb.driver().findElement(By.id("resultat-" + fraga)).getText();
    }

    private static String farg(Webblasare webb, String fraga) {
        return webb.driver().findElement(By.cssSelector("#resultat-" + fraga + " .risk")).getAttribute("class");
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
