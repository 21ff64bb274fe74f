package se.kvalitetsledning.infra.sammanstallning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * The monthly summary through the real API over cases filed through it: March 2025 at Gruppbostaden Eken has six
 * självskada concerning one person and two falls against one fall in March 2024, so both patterns are flagged in
 * words; the same as PDF and XLSX; an empty month; who may see which scope; bad parameters.
 */
class ManadssammanstallningApiIT {

    private static final String EKEN = "/api/manadssammanstallning?manad=2025-03&enhet=gruppbostad-eken";

    private static KorandeApplikation app;
    private static ApiKlient karin;
    private static ApiKlient hanna;
    private static ApiKlient anna;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        karin = app.som("karin");
        hanna = app.som("hanna");
        anna = app.som("anna");
        for (int dag = 1; dag <= 6; dag++) {
            avvikelse("gruppbostad-eken", "2025-03-0" + dag + "T22:30", "sjalvskada", "B-17");
        }
        String fall = avvikelse("gruppbostad-eken", "2025-03-10T08:00", "fall", "B-3");
        avvikelse("gruppbostad-eken", "2025-03-31T23:30", "fall", "B-4");
        avvikelse("gruppbostad-eken", "2024-03-15T08:00", "fall", "B-3");
        avvikelse("daglig-verksamhet-lyftet", "2025-03-15T08:00", "fall", "B-9");
        ApiKlient.Svar klassificerad = hanna.post("/api/avvikelser/" + fall + "/klassificering", """
                {"kategori":"fall","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],"konsekvens":3,"sannolikhet":2}""",
                "\"0\"");
        assertThat(klassificerad.status()).as(klassificerad.toString()).isEqualTo(200);
        ApiKlient.Svar synpunkt = app.som("olof").post("/api/synpunkter", """
                {"typ":"KLAGOMAL","kanal":"TELEFON","enhet":"solgarden","mottagen":"2025-03-10",
                 "vadHande":"Maten var kall"}""");
        assertThat(synpunkt.status()).as(synpunkt.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode eken = karin.get(EKEN).json();
            assertThat(eken.at("/avvikelser/antal/manad").asLong()).isEqualTo(8);
            assertThat(eken.at("/avvikelser/perRiskfarg/0/namn").asText()).isEqualTo("Ej klassificerad");
            assertThat(karin.get("/api/manadssammanstallning?manad=2025-03").json()
                    .at("/synpunkter/antal/manad").asLong()).isEqualTo(1);
        });
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void enhetensManadMedJamforelserAndelarOchMonster() {
        JsonNode s = karin.get(EKEN).json();

        assertThat(s.at("/omfattning/namn").asText()).isEqualTo("Gruppbostaden Eken");
        JsonNode antal = s.at("/avvikelser/antal");
        assertThat(List.of(antal.get("manad").asLong(), antal.get("sammaManadForegaendeAr").asLong(),
                antal.get("rullande12").asLong(), antal.get("rullande12ForegaendeAr").asLong()))
                .containsExactly(8L, 1L, 8L, 1L);
        assertThat(rader(s.at("/avvikelser/perKategori")))
                .containsExactly("Självskada och suicidförsök 6 75", "Fall 2 25");
        assertThat(rader(s.at("/avvikelser/toppTre")))
                .containsExactly("Självskada och suicidförsök 6 75", "Fall 2 25");
        assertThat(rader(s.at("/avvikelser/perRiskfarg"))).containsExactly("Ej klassificerad 7 88", "Röd 1 13");
        assertThat(rader(s.at("/avvikelser/perKvalitetsomrade"))).containsExactly("Trygghet och säkerhet 1 13");
        assertThat(s.at("/avvikelser/oppna").asLong()).isEqualTo(8);
        assertThat(s.at("/avvikelser/handlingstid/avslutade").asLong()).isZero();
        assertThat(tomt(s.at("/avvikelser/handlingstid/medianDagar"))).isTrue();
        assertThat(s.get("monster")).extracting(f -> f.get("text").asText()).containsExactly(
                "Självskada och suicidförsök: 6 jämfört med 0 samma månad föregående år; "
                        + "6 av 6 gäller samma person",
                "Gruppbostaden Eken: 8 jämfört med 1 samma månad föregående år");
        assertThat(s.get("trend")).hasSize(24);
        assertThat(s.at("/trend/23/manad").asText()).isEqualTo("2025-03");
        assertThat(s.at("/trend/23/avvikelser").asLong()).isEqualTo(8);
        assertThat(s.at("/trend/11/avvikelser").asLong()).isEqualTo(1);
        assertThat(s.at("/synpunkter/antal/manad").asLong()).isZero();
    }

    @Test
    void helaOrganisationenRaknarAllaEnheterOchSynpunkterna() {
        JsonNode s = karin.get("/api/manadssammanstallning?manad=2025-03").json();

        assertThat(s.at("/omfattning/niva").asText()).isEqualTo("HELA");
        assertThat(s.at("/avvikelser/antal/manad").asLong()).isEqualTo(9);
        assertThat(rader(s.at("/synpunkter/perTyp"))).containsExactly("Klagomål 1 100");
        assertThat(rader(s.at("/synpunkter/perKategori"))).containsExactly("Ej klassificerad 1 100");
        assertThat(s.at("/synpunkter/toppTre")).isEmpty();
        JsonNode lss = karin.get("/api/manadssammanstallning?manad=2025-03&verksamhetsomrade=lss").json();
        assertThat(lss.at("/avvikelser/antal/manad").asLong()).isEqualTo(9);
        assertThat(lss.at("/synpunkter/antal/manad").asLong()).isZero();
    }

    @Test
    void enTomManadGerNollorOchStreck() {
        JsonNode s = karin.get("/api/manadssammanstallning?manad=2019-01&enhet=gruppbostad-eken").json();

        assertThat(s.at("/avvikelser/antal/manad").asLong()).isZero();
        assertThat(s.at("/avvikelser/perKategori")).isEmpty();
        assertThat(tomt(s.at("/avvikelser/handlingstid/inomServicenivaProcent"))).isTrue();
        assertThat(tomt(s.at("/synpunkter/besvaradeITidProcent"))).isTrue();
        assertThat(s.at("/egenkontroller/planerade").asLong()).isZero();
        assertThat(tomt(s.at("/egenkontroller/genomfordaProcent"))).isTrue();
        assertThat(s.at("/atgarder/skapade").asLong()).isZero();
        assertThat(s.at("/riskanalyser/matris/rutor")).isNotNull();
        assertThat(s.get("monster")).isEmpty();
    }

    @Test
    void pdfOchXlsxHarSammaInnehall() throws IOException {
        var pdf = karin.getBytes(EKEN.replace("?", "/pdf?"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("manadssammanstallning-2025-03-gruppbostad-eken.pdf");
        try (PDDocument dokument = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
            assertThat(text).contains("Månadssammanställning 2025-03 – Gruppbostaden Eken",
                    "6 av 6 gäller samma person", "Självskada och suicidförsök 6 75 %", "Sida 1 av");
            // the footer names the document on every page, beside the heading
            assertThat(text.split("Månadssammanställning", -1)).hasSizeGreaterThan(2);
        }

        var xlsx = karin.getBytes(EKEN.replace("?", "/xlsx?"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet avvikelser = bok.getSheet("Avvikelser");
            Row sjalvskada = rad(avvikelser, "Självskada och suicidförsök");
            assertThat(sjalvskada.getCell(1).getNumericCellValue()).isEqualTo(6.0);
            assertThat(sjalvskada.getCell(2).getNumericCellValue()).isEqualTo(0.75);
            assertThat(rad(bok.getSheet("Översikt"), "Avvikelser").getCell(2).getNumericCellValue())
                    .isEqualTo(1.0);
            assertThat(rad(bok.getSheet("Mönster"), "Självskada och suicidförsök: 6 jämfört med 0 samma månad "
                    + "föregående år; 6 av 6 gäller samma person")).isNotNull();
        }
    }

    @Test
    void slutpunkternaFinnsIOpenApiDokumentet() {
        JsonNode vagar = karin.get("/v3/api-docs").json().get("paths");
        for (String vag : List.of("/api/manadssammanstallning", "/api/manadssammanstallning/pdf",
                "/api/manadssammanstallning/xlsx")) {
            assertThat(vagar.has(vag)).as(vag).isTrue();
        }
    }

    @Test
    void vemSerVad() {
        assertThat(anna.get(EKEN).status()).isEqualTo(403);
        assertThat(hanna.get(EKEN).status()).isEqualTo(200);
        assertThat(hanna.get("/api/manadssammanstallning?manad=2025-03&enhet=solgarden").status()).isEqualTo(403);
        assertThat(hanna.get("/api/manadssammanstallning?manad=2025-03&verksamhetsomrade=lss").status())
                .isEqualTo(403);
        assertThat(hanna.get("/api/manadssammanstallning?manad=2025-03").status()).isEqualTo(403);
        assertThat(app.som("lars").get("/api/manadssammanstallning?manad=2025-03").status()).isEqualTo(200);
        assertThat(app.som("admin").get("/api/manadssammanstallning?manad=2025-03").status()).isEqualTo(403);
    }

    @Test
    void felaktigaParametrarNamnerFaltet() {
        assertThat(falt(karin.get("/api/manadssammanstallning?manad=2025-13"))).isEqualTo("manad");
        assertThat(falt(karin.get("/api/manadssammanstallning"))).isEqualTo("manad");
        assertThat(falt(karin.get("/api/manadssammanstallning?manad=2025-03&enhet=finns-inte"))).isEqualTo("enhet");
        assertThat(falt(karin.get("/api/manadssammanstallning?manad=2025-03&verksamhetsomrade=finns-inte")))
                .isEqualTo("verksamhetsomrade");
        assertThat(falt(karin.get("/api/manadssammanstallning?manad=2025-03&verksamhetsomrade=lss&enhet=solgarden")))
                .isEqualTo("enhet");
    }

    /** A share or a median of nothing: null, which the API leaves out. */
    private static boolean tomt(JsonNode varde) {
        return varde.isMissingNode() || varde.isNull();
    }

    private static String falt(ApiKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        return svar.json().at("/fel/0/falt").asText();
    }

    private static String avvikelse(String enhet, String intraffade, String kategori, String brukare) {
        ApiKlient.Svar svar = anna.post("/api/avvikelser", """
                {"enhet":"%s","intraffade":"%s","beskrivning":"Det hände","kategori":"%s","brukarreferens":"%s"}"""
                .formatted(enhet, intraffade, kategori, brukare));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    /** Each row as "namn antal procent". */
    private static List<String> rader(JsonNode rader) {
        var text = new ArrayList<String>();
        rader.forEach(r -> text.add(r.get("namn").asText() + " " + r.get("antal").asLong() + " "
                + r.get("procent").asText()));
        return text;
    }

    private static Row rad(Sheet blad, String forsta) {
        for (Row rad : blad) {
            Cell cell = rad.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(forsta)) {
                return rad;
            }
        }
        throw new AssertionError("Ingen rad " + forsta + " i " + blad.getSheetName());
    }
}
