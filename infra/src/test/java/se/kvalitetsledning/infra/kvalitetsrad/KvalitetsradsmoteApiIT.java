package se.kvalitetsledning.infra.kvalitetsrad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * A kvalitetsråd meeting through the real API: the summary frozen as the council saw it, whatever is filed after;
 * a decision that puts an åtgärd in the backlog once however often it is sent; justerade minutes that change no more
 * and print as PDF; who may take part; bad input.
 */
class KvalitetsradsmoteApiIT {

    private static final String LIVE = "/api/manadssammanstallning?manad=2025-03&enhet=gruppbostad-eken";

    private static KorandeApplikation app;
    private static ApiKlient karin;
    private static ApiKlient anna;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        karin = app.som("karin");
        anna = app.som("anna");
        avvikelse("2025-03-03T10:00");
        avvikelse("2025-03-04T10:00");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                karin.get(LIVE).json().at("/avvikelser/antal/manad").asLong() == 2);
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void underlagetFrysOchEttBeslutBlirEnAtgard() throws IOException {
        String id = planera();
        String mote = "/api/kvalitetsradsmoten/" + id;
        long v = steg(mote + "/underlag", "{}", 0);
        assertThat(karin.post(mote + "/underlag", "{}", "\"" + v + "\"").status()).isEqualTo(422);

        avvikelse("2025-03-05T10:00");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                karin.get(LIVE).json().at("/avvikelser/antal/manad").asLong() == 3);
        JsonNode underlag = karin.get(mote + "/underlag").json();
        assertThat(underlag.at("/avvikelser/antal/manad").asLong()).isEqualTo(2);
        assertThat(underlag.at("/omfattning/namn").asText()).isEqualTo("Gruppbostaden Eken");
        assertThat(karin.get(mote).json().at("/underlag/handelseposition").asLong()).isPositive();

        v = steg(mote + "/punkter", "{\"nummer\":1,\"rubrik\":\"Avvikelser\",\"anteckning\":\"Två fall\"}", v);
        String beslut = UUID.randomUUID().toString();
        String medAtgard = """
                {"beslut":"%s","text":"Ta fram rutin för nattbemanning","atgard":{"titel":"Rutin för natten",
                 "typ":"FOREBYGGANDE","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],"enheter":["gruppbostad-eken"],
                 "agare":"hanna","forfallodatum":"%s","prioritet":"HOG"}}"""
                .formatted(beslut, LocalDate.now(SvenskTid.ZON).plusMonths(2));
        assertThat(karin.post(mote + "/beslut", medAtgard, "\"" + (v - 1) + "\"").status()).isEqualTo(409);
        v = steg(mote + "/beslut", medAtgard, v);
        assertThat(steg(mote + "/beslut", medAtgard, v)).isEqualTo(v);
        v = steg(mote + "/beslut", "{\"text\":\"Följ upp fallen i maj\"}", v);

        JsonNode protokollet = karin.get(mote).json();
        assertThat(protokollet.get("beslut")).hasSize(2);
        String atgard = protokollet.at("/beslut/0/atgard").asText();
        assertThat(protokollet.at("/beslut/1/atgard").isMissingNode()
                || protokollet.at("/beslut/1/atgard").isNull()).isTrue();
        JsonNode backlog = karin.get("/api/atgarder/" + atgard).json();
        assertThat(backlog.get("titel").asText()).isEqualTo("Rutin för natten");
        assertThat(backlog.get("beskrivning").asText()).isEqualTo("Ta fram rutin för nattbemanning");
        assertThat(backlog.get("kallor")).anySatisfy(k -> {
            assertThat(k.get("typ").asText()).isEqualTo("KVALITETSRAD");
            assertThat(k.get("id").asText()).isEqualTo(id);
        });

        v = steg(mote + "/justering", "{}", v);
        assertThat(karin.post(mote + "/punkter", "{\"nummer\":2,\"rubrik\":\"Övrigt\"}", "\"" + v + "\"").status())
                .isEqualTo(422);
        var pdf = karin.getBytes(mote + "/protokoll.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument dokument = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
            assertThat(text).contains("Protokoll, kvalitetsrådet", "Karin Lund, Lars Nord", "1. Avvikelser",
                    "Två fall", "Ta fram rutin för nattbemanning", "Justerat",
                    "Underlag: månadssammanställning 2025-03", "Avvikelser 2 0 2 0").doesNotContain("Utkast");
            // the footer names the minutes on every page, beside the heading
            assertThat(text.split("Protokoll, kvalitetsrådet", -1)).hasSizeGreaterThan(2);
        }
    }

    @Test
    void slutpunkternaFinnsIOpenApiDokumentet() {
        JsonNode vagar = karin.get("/v3/api-docs").json().get("paths");
        for (String vag : List.of("/api/kvalitetsradsmoten", "/api/kvalitetsradsmoten/{id}",
                "/api/kvalitetsradsmoten/{id}/underlag", "/api/kvalitetsradsmoten/{id}/protokoll.pdf",
                "/api/kvalitetsradsmoten/{id}/deltagare", "/api/kvalitetsradsmoten/{id}/punkter",
                "/api/kvalitetsradsmoten/{id}/beslut", "/api/kvalitetsradsmoten/{id}/justering")) {
            assertThat(vagar.has(vag)).as(vag).isTrue();
        }
    }

    @Test
    void endastKvalitetssamordnareOchLedning() {
        String id = planera();
        assertThat(app.som("lars").get("/api/kvalitetsradsmoten/" + id).status()).isEqualTo(200);
        assertThat(app.som("hanna").get("/api/kvalitetsradsmoten/" + id).status()).isEqualTo(403);
        assertThat(anna.get("/api/kvalitetsradsmoten").status()).isEqualTo(403);
        assertThat(anna.post("/api/kvalitetsradsmoten", "{\"datum\":\"2025-04-08\",\"manad\":\"2025-03\"}")
                .status()).isEqualTo(403);
        assertThat(karin.get("/api/kvalitetsradsmoten/00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
    }

    @Test
    void felaktigIndataNamnerFaltet() {
        assertThat(falt(karin.post("/api/kvalitetsradsmoten", "{\"manad\":\"2025-03\"}"))).isEqualTo("datum");
        assertThat(falt(karin.post("/api/kvalitetsradsmoten",
                "{\"datum\":\"2025-04-08\",\"manad\":\"2025-03\",\"enhet\":\"finns-inte\"}"))).isEqualTo("enhet");
        String mote = "/api/kvalitetsradsmoten/" + planera();
        assertThat(falt(karin.post(mote + "/beslut", """
                {"text":"Gör något","atgard":{"titel":"T","typ":"FOREBYGGANDE","enheter":["gruppbostad-eken"],
                 "forfallodatum":"2030-01-01","prioritet":"HOG"}}""", "\"0\""))).isEqualTo("atgard.agare");
        assertThat(falt(karin.post(mote + "/punkter", "{\"nummer\":0,\"rubrik\":\"x\"}", "\"0\"")))
                .isEqualTo("nummer");
    }

    private static String planera() {
        ApiKlient.Svar svar = karin.post("/api/kvalitetsradsmoten", """
                {"datum":"2025-04-08","manad":"2025-03","enhet":"gruppbostad-eken",
                 "deltagare":["Karin Lund"," Lars Nord "]}""");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static long steg(String sokvag, String kropp, long version) {
        ApiKlient.Svar svar = karin.post(sokvag, kropp, "\"" + version + "\"");
        assertThat(svar.status()).as(sokvag + ": " + svar).isEqualTo(200);
        return svar.json().get("version").asLong();
    }

    private static void avvikelse(String intraffade) {
        ApiKlient.Svar svar = anna.post("/api/avvikelser", """
                {"enhet":"gruppbostad-eken","intraffade":"%s","beskrivning":"Föll","kategori":"fall"}"""
                .formatted(intraffade));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
    }

    private static String falt(ApiKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        return svar.json().at("/fel/0/falt").asText();
    }
}
