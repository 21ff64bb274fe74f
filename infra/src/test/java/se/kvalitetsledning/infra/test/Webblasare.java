package se.kvalitetsledning.infra.test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver, in a phone-sized window unless told otherwise.
 * The flags keep it from calling out of this closed network. Chrome keeps a window at least 500 pixels wide, so the
 * size is also set on the page's viewport (through the DevTools protocol), where a phone's 390 pixels hold.
 */
public final class Webblasare implements AutoCloseable {

    public static final String MOBIL = "390,844";
    public static final String DATOR = "1280,800";

    private final ChromeDriver driver;
    private final String basUrl;
    private final int bredd;
    private final int hojd;

    public Webblasare(String basUrl, String fonsterstorlek) {
        this.basUrl = basUrl;
        ChromeOptions alternativ = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=sv-SE",
                        "--window-size=" + fonsterstorlek);
        ChromeDriverService tjanst = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(tjanst, alternativ);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        String[] matt = fonsterstorlek.split(",");
        this.bredd = Integer.parseInt(matt[0]);
        this.hojd = Integer.parseInt(matt[1]);
        visningsyta(hojd);
    }

    public Webblasare oppna(String sokvag) {
        driver.get(basUrl + sokvag);
        return this;
    }

    public Webblasare loggaIn(String anvandarnamn) {
        oppna("/logga-in");
        skriv("username", anvandarnamn);
        skriv("password", "demo");
        return skicka(By.cssSelector("form button[type=submit]"));
    }

    /** Types into the field whose label points to the given id. */
    public Webblasare skriv(String faltId, String text) {
        WebElement falt = driver.findElement(By.id(faltId));
        falt.clear();
        falt.sendKeys(text);
        return this;
    }

    public Webblasare valj(String faltId, String synligText) {
        new Select(driver.findElement(By.id(faltId))).selectByVisibleText(synligText);
        return this;
    }

    public Webblasare klicka(By vad) {
        driver.findElement(vad).click();
        return this;
    }

    /** Clicks a button that submits a form, and waits for the page that answers. */
    public Webblasare skicka(By knapp) {
        driver.executeScript("window.gammalSida = true;");
        driver.findElement(knapp).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.gammalSida === undefined && document.readyState === 'complete';")));
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String sokvag() {
        return driver.getCurrentUrl().substring(basUrl.length());
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The axe-core violations of the current page, as "rule: description" lines. */
    public List<String> tillganglighetsbrister() {
        Results resultat = new AxeBuilder().analyze(driver);
        return resultat.getViolations().stream().map(Webblasare::beskriv).toList();
    }

    public void skarmbild(Path fil) {
        try {
            Files.createDirectories(fil.getParent());
            Files.write(fil, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The whole page at the window's width, however long it is. */
    public void skarmbildHelaSidan(Path fil) {
        Number sidhojd = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        visningsyta(Math.max(hojd, sidhojd.intValue()));
        skarmbild(fil);
        visningsyta(hojd);
    }

    private void visningsyta(int synligHojd) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", bredd, "height", synligHojd,
                "deviceScaleFactor", 1, "mobile", bredd < 600));
    }

    private static String beskriv(Rule regel) {
        return regel.getId() + ": " + regel.getHelp() + " (" + regel.getNodes().size() + " ställen)";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
