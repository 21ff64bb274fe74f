package se.kvalitetsledning.infra.kvalitetsberattelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * A kvalitetsberättelse through the real API: drafted from the record, written, regenerated with its narrative
 * kept, fastställd and then frozen whatever is filed later, corrected in a new edition, and read back as DOCX and
 * PDF.
 */
class KvalitetsberattelseApiIT {

    private static final String BAS = "/api/kvalitetsberattelser";
    private static final int I_AR = LocalDate.now(SvenskTid.ZON).getYear();

    private static KorandeApplikation app;
    private static ApiKlient anna;
    private static ApiKlient karin;
    private static ApiKlient lars;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        anna = app.som("anna");
        karin = app.som("karin");
        lars = app.som("lars");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void franUtkastTillFaststalldOchRattadIEnNyUtgava() throws IOException {
        AvvikelseFixtures.registrera(anna, "Brukaren fick fel läkemedel");
        String id = skapa(karin, I_AR, "VERKSAMHETSOMRADE", "lss");
        ApiKlient.Svar forst = karin.get(BAS + "/" + id);
        assertThat(forst.header("ETag")).isEqualTo("\"0\"");
        assertThat(forst.json().get("avsnitt")).hasSize(12);
        assertThat(forst.json().get("omfangsnamn").asText()).isEqualTo("LSS");
        long totaltForst = totalt(forst.json());
        assertThat(totaltForst).isPositive();

        assertThat(steg(karin, "PUT", BAS + "/" + id + "/avsnitt/AVVIKELSER",
                "{\"text\":\"Fler avvikelser rapporteras.\\n\\nRutinen för läkemedel ses över.\"}", 0)).isEqualTo(1);
        assertThat(steg(karin, "PUT", BAS + "/" + id + "/kommentarer/avvikelser-topp-tre",
                "{\"kommentar\":\"En brukare står för ökningen\"}", 1)).isEqualTo(2);
        AvvikelseFixtures.registrera(anna, "Dörren till medicinskåpet stod öppen");
        assertThat(steg(karin, "POST", BAS + "/" + id + "/omgenerering", "{}", 2)).isEqualTo(3);

        JsonNode omgenererad = karin.get(BAS + "/" + id).json();
        assertThat(totalt(omgenererad)).isEqualTo(totaltForst + 1);
        JsonNode avvikelser = avsnitt(omgenererad, "AVVIKELSER");
        assertThat(avvikelser.get("text").asText()).startsWith("Fler avvikelser rapporteras.");
        assertThat(tabell(avvikelser, "avvikelser-topp-tre").get("kommentar").asText())
                .isEqualTo("En brukare står för ökningen");
        assertThat(tabell(avvikelser, "avvikelser-kategorier").get("tabell").get("byggtFran").asText())
                .contains("avvikelsestatistiken", "LSS");

        ApiKlient.Svar inaktuell = karin.begar("PUT", BAS + "/" + id + "/avsnitt/SAMVERKAN",
                Map.of("Content-Type", "application/json", "If-Match", "\"1\""), "{\"text\":\"Sent\"}");
        assertThat(inaktuell.status()).isEqualTo(409);
        assertThat(inaktuell.json().get("aktuellVersion").asLong()).isEqualTo(3);

        assertThat(karin.post(BAS + "/" + id + "/faststallande", "{}", "\"3\"").status()).isEqualTo(403);
        assertThat(steg(lars, "POST", BAS + "/" + id + "/faststallande", "{}", 3)).isEqualTo(4);
        AvvikelseFixtures.registrera(anna, "Ännu en avvikelse efter fastställandet");
        ApiKlient.Svar omgenereraFaststalld = karin.post(BAS + "/" + id + "/omgenerering", "{}", "\"4\"");
        assertThat(omgenereraFaststalld.status()).isEqualTo(422);
        ApiKlient.Svar skrivFaststalld = karin.begar("PUT", BAS + "/" + id + "/avsnitt/AVVIKELSER",
                Map.of("Content-Type", "application/json", "If-Match", "\"4\""), "{\"text\":\"Ändrad\"}");
        assertThat(skrivFaststalld.status()).isEqualTo(422);

        JsonNode faststalld = karin.get(BAS + "/" + id).json();
        assertThat(faststalld.get("faststalld").asBoolean()).isTrue();
        assertThat(faststalld.get("faststalldAv").get("anvandarnamn").asText()).isEqualTo("lars");
        assertThat(totalt(faststalld)).isEqualTo(totaltForst + 1);
        assertThat(avsnitt(faststalld, "AVVIKELSER").get("text").asText()).startsWith("Fler avvikelser");

        dokumentenInnehallerRubrikerTextOchSiffror(id, totaltForst + 1);

        assertThat(steg(karin, "POST", BAS + "/" + id + "/utgavor",
                "{\"anledning\":\"En avvikelse registrerades sent\"}", 4)).isEqualTo(5);
        assertThat(steg(karin, "POST", BAS + "/" + id + "/omgenerering", "{}", 5)).isEqualTo(6);
        JsonNode rattad = karin.get(BAS + "/" + id).json();
        assertThat(rattad.get("utgava").asInt()).isEqualTo(2);
        assertThat(rattad.get("faststalld").asBoolean()).isFalse();
        assertThat(totalt(rattad)).isEqualTo(totaltForst + 2);
        JsonNode forsta = rattad.get("tidigareUtgavor").get(0);
        assertThat(forsta.get("utgava").asInt()).isEqualTo(1);
        assertThat(forsta.get("ersattesEftersom").asText()).isEqualTo("En avvikelse registrerades sent");
        assertThat(totalt(forsta)).isEqualTo(totaltForst + 1);
        try (PDDocument utgava1 = Loader.loadPDF(karin.getBytes(BAS + "/" + id + "/berattelse.pdf?utgava=1").body())) {
            assertThat(new PDFTextStripper().getText(utgava1)).contains("Utgåva 1, fastställd",
                    "Totalt 0 " + (totaltForst + 1));
        }
        assertThat(karin.getBytes(BAS + "/" + id + "/berattelse.docx?utgava=7").statusCode()).isEqualTo(404);
        assertThat(karin.get(BAS).json()).anySatisfy(r -> {
            assertThat(r.get("id").asText()).isEqualTo(id);
            assertThat(r.get("utgava").asInt()).isEqualTo(2);
        });
    }

    @Test
    void felaktigIndataNamnerFaltetOchBaraLedningOchKvalitetssamordnareSkriver() {
        assertThat(falt(karin.post(BAS, ny(1999, "FORVALTNING", "socialforvaltningen")))).isEqualTo("ar");
        assertThat(falt(karin.post(BAS, ny(I_AR + 1, "FORVALTNING", "socialforvaltningen")))).isEqualTo("ar");
        assertThat(falt(karin.post(BAS, ny(I_AR, "FORVALTNING", "finns-inte")))).isEqualTo("omfang.id");
        assertThat(falt(karin.post(BAS, ny(I_AR, "ENHET", "solgarden")))).isEqualTo("omfang.niva");
        assertThat(falt(karin.post(BAS, "{\"ar\":" + I_AR + "}"))).isEqualTo("omfang");
        assertThat(anna.post(BAS, ny(I_AR - 1, "FORVALTNING", "socialforvaltningen")).status()).isEqualTo(403);

        String id = skapa(lars, I_AR - 1, "FORVALTNING", "socialforvaltningen");
        assertThat(karin.post(BAS, ny(I_AR - 1, "FORVALTNING", "socialforvaltningen")).status()).isEqualTo(409);
        assertThat(falt(karin.begar("PUT", BAS + "/" + id + "/avsnitt/OKANT",
                Map.of("Content-Type", "application/json", "If-Match", "\"0\""), "{\"text\":\"x\"}")))
                .isEqualTo("avsnitt");
        assertThat(falt(karin.begar("PUT", BAS + "/" + id + "/avsnitt/SAMVERKAN",
                Map.of("Content-Type", "application/json", "If-Match", "\"0\""), "{\"text\":42}")))
                .isEqualTo("text");
        assertThat(falt(karin.post(BAS + "/" + id + "/utgavor", "{\"anledning\":\" \"}", "\"0\"")))
                .isEqualTo("anledning");
        ApiKlient.Svar okandTabell = karin.begar("PUT", BAS + "/" + id + "/kommentarer/finns-inte",
                Map.of("Content-Type", "application/json", "If-Match", "\"0\""), "{\"kommentar\":\"x\"}");
        assertThat(okandTabell.status()).isEqualTo(422);
        assertThat(karin.begar("PUT", BAS + "/" + id + "/avsnitt/SAMVERKAN",
                Map.of("Content-Type", "application/json"), "{\"text\":\"x\"}").status()).isEqualTo(428);
        assertThat(anna.get(BAS + "/" + id).status()).isEqualTo(403);
        assertThat(karin.get(BAS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(karin.get(BAS + "/inte-ett-id").status()).isEqualTo(400);
    }

    @Test
    void varjeSlutpunktFinnsIOpenApiDokumentet() {
        JsonNode vagar = karin.get("/v3/api-docs").json().get("paths");
        for (String vag : List.of(BAS, BAS + "/{id}", BAS + "/{id}/omgenerering", BAS + "/{id}/avsnitt/{avsnitt}",
                BAS + "/{id}/kommentarer/{tabell}", BAS + "/{id}/faststallande", BAS + "/{id}/utgavor",
                BAS + "/{id}/berattelse.docx", BAS + "/{id}/berattelse.pdf", BAS + "/{id}/per")) {
            assertThat(vagar.has(vag)).as(vag).isTrue();
        }
    }

    private static void dokumentenInnehallerRubrikerTextOchSiffror(String id, long totalt) throws IOException {
        HttpResponse<byte[]> docx = karin.getBytes(BAS + "/" + id + "/berattelse.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument dokument = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(dokument)) {
            assertThat(dokument.getParagraphs()).filteredOn(p -> "Rubrik1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .contains("1. Ledningssystem och ansvar", "6. Avvikelser", "12. Mål för kommande år");
            assertThat(text.getText()).contains("Kvalitetsberättelse " + I_AR, "LSS",
                    "Rutinen för läkemedel ses över",
                    "Avvikelser per kategori", "Totalt\t" + "0\t" + totalt, "En brukare står för ökningen",
                    "fastställd", "Diagram: Avvikelser per kategori. Tabellen ovanför har siffrorna.");
            assertThat(dokument.getAllPictures()).isNotEmpty()
                    .allSatisfy(bild -> assertThat(bild.getPictureType()).isEqualTo(XWPFDocument.PICTURE_TYPE_PNG));
        }
        HttpResponse<byte[]> pdf = karin.getBytes(BAS + "/" + id + "/berattelse.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument dokument = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(dokument);
            assertThat(text).contains("Kvalitetsberättelse " + I_AR, "Innehåll", "6. Avvikelser",
                    "Rutinen för läkemedel ses över", "Avvikelser per kategori", "Totalt 0 " + totalt,
                    "Sida 1 av " + dokument.getNumberOfPages(),
                    "Diagram: Avvikelser per kategori. Tabellen ovanför har siffrorna.");
            assertThat(dokument.getDocumentCatalog().getDocumentOutline().children()).hasSize(12);
            assertThat(bilder(dokument)).isPositive();
        }
    }

    /** The images drawn on the PDF's pages: the charts. */
    private static long bilder(PDDocument dokument) throws IOException {
        long bilder = 0;
        for (PDPage sida : dokument.getPages()) {
            for (COSName namn : sida.getResources().getXObjectNames()) {
                if (sida.getResources().getXObject(namn) instanceof PDImageXObject) {
                    bilder++;
                }
            }
        }
        return bilder;
    }

    private static String skapa(ApiKlient klient, int ar, String niva, String omfang) {
        ApiKlient.Svar svar = klient.post(BAS, ny(ar, niva, omfang));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static String ny(int ar, String niva, String id) {
        return "{\"ar\":%d,\"omfang\":{\"niva\":\"%s\",\"id\":\"%s\"}}".formatted(ar, niva, id);
    }

    private static long steg(ApiKlient klient, String metod, String sokvag, String kropp, long version) {
        ApiKlient.Svar svar = klient.begar(metod, sokvag, Map.of("Content-Type", "application/json", "If-Match",
                "\"" + version + "\""), kropp);
        assertThat(svar.status()).as(sokvag + ": " + svar).isEqualTo(200);
        return svar.json().get("version").asLong();
    }

    private static JsonNode avsnitt(JsonNode berattelse, String avsnitt) {
        for (JsonNode a : berattelse.get("avsnitt")) {
            if (a.get("avsnitt").asText().equals(avsnitt)) {
                return a;
            }
        }
        throw new AssertionError("Avsnittet saknas: " + avsnitt);
    }

    private static JsonNode tabell(JsonNode avsnitt, String nyckel) {
        for (JsonNode t : avsnitt.get("tabeller")) {
            if (t.get("tabell").get("nyckel").asText().equals(nyckel)) {
                return t;
            }
        }
        throw new AssertionError("Tabellen saknas: " + nyckel);
    }

    /** The year's total in the table of avvikelser per category. */
    private static long totalt(JsonNode berattelse) {
        JsonNode rader = tabell(avsnitt(berattelse, "AVVIKELSER"), "avvikelser-kategorier").get("tabell")
                .get("rader");
        JsonNode summa = rader.get(rader.size() - 1).get("celler");
        assertThat(summa.get(0).asText()).isEqualTo("Totalt");
        return summa.get(2).asLong();
    }

    private static String falt(ApiKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        return svar.json().get("fel").get(0).get("falt").asText();
    }
}
