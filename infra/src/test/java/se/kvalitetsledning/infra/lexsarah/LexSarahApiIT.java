package se.kvalitetsledning.infra.lexsarah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/** A lex Sarah case from rapport to closing through the real API, and who may see and do what. */
class LexSarahApiIT {

    private static final String UTREDNING = """
            {"handelsetyper":["FYSISKT_OVERGREPP"],"vadHande":"Brukaren knuffades i hallen",
             "orsaksomraden":["OMGIVNING_ORGANISATION"],"bakomliggandeOrsaker":["TIDSBRIST"],
             "varfor":"Ensam personal vid överlämningen","forhindraUpprepning":"Dubbelbemanning vid överlämning",
             "denEnskildeInformerad":"JA","godManForvaltareInformerad":"EJ_AKTUELLT","narstaendeInformerade":"JA",
             "dokumenteradIPersonakt":true,"polisanmalan":"OVERVAGS","barnBerort":false}""";

    private static KorandeApplikation app;
    private static ApiKlient anna;
    private static ApiKlient erik;
    private static ApiKlient hanna;
    private static ApiKlient olof;
    private static ApiKlient karin;
    private static ApiKlient lars;
    private static ApiKlient admin;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        anna = app.som("anna");
        erik = app.som("erik");
        hanna = app.som("hanna");
        olof = app.som("olof");
        karin = app.som("karin");
        lars = app.som("lars");
        admin = app.som("admin");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void ettAllvarligtMissforhallandeFranRapportTillAvslutMedAnmalan() {
        String id = rapportera(anna, "gruppbostad-eken");
        JsonNode arende = karin.get("/api/lex-sarah/" + id).json();
        assertThat(arende.get("stadium").asText()).isEqualTo("MOTTAGEN");
        assertThat(arende.get("version").asLong()).isEqualTo(2);
        assertThat(arende.get("rapportor").get("anvandarnamn").asText()).isEqualTo("anna");
        assertThat(arende.get("frister")).extracting(f -> f.get("typ").asText())
                .containsExactly("OMEDELBARA_ATGARDER", "UTREDNING_PABORJAD");

        long v = steg(karin, id, "omedelbara-atgarder", "{\"text\":\"Kollegan flyttades till annan enhet\"}", 2);
        assertThat(v).isEqualTo(4);
        v = steg(karin, id, "utredare", "{\"utredare\":\"hanna\"}", v);
        v = steg(hanna, id, "utredning", UTREDNING, v);
        v = steg(lars, id, "bedomning",
                "{\"niva\":\"ALLVARLIGT_MISSFORHALLANDE\",\"motivering\":\"Brukarens trygghet hotades\"}", v);

        ApiKlient.Svar nekad = karin.post("/api/lex-sarah/" + id + "/avslut", "{}", "\"" + v + "\"");
        assertThat(nekad.status()).isEqualTo(422);
        assertThat(nekad.json().get("detail").asText())
                .isEqualTo("Ärendet kan inte avslutas: anmälan till IVO är inte registrerad");
        assertThat(uppgifter(lars)).contains("Anmäl till IVO");
        assertThat(pdfText(lars, id)).contains("UTKAST").contains("Gruppbostaden Eken")
                .contains("Allvarligt missförhållande").contains("Brukaren knuffades i hallen");
        assertThat(anna.getBytes("/api/lex-sarah/" + id + "/anmalan.pdf").statusCode()).isEqualTo(403);

        v = steg(lars, id, "anmalan", "{\"skickad\":\"" + LocalDate.now(SvenskTid.ZON) + "\"}", v);
        ApiKlient.Svar andrad = lars.post("/api/lex-sarah/" + id + "/anmalan",
                "{\"skickad\":\"" + LocalDate.now(SvenskTid.ZON) + "\"}", "\"" + v + "\"");
        assertThat(andrad.status()).isEqualTo(422);
        String skickad = pdfText(lars, id);
        assertThat(skickad).doesNotContain("UTKAST").contains("Brukarens trygghet hotades");
        v = steg(lars, id, "anmalan/diarienummer", "{\"diarienummer\":\"3.5.1-1234/2026\"}", v);
        assertThat(uppgifter(karin)).contains("Avsluta ärendet");
        v = steg(karin, id, "avslut", "{}", v);

        JsonNode avslutat = karin.get("/api/lex-sarah/" + id).json();
        assertThat(avslutat.get("stadium").asText()).isEqualTo("AVSLUTAD");
        assertThat(avslutat.get("anmalan").get("diarienummer").asText()).isEqualTo("3.5.1-1234/2026");
        assertThat(avslutat.get("anmalan").get("innehall").get("niva").asText())
                .isEqualTo("ALLVARLIGT_MISSFORHALLANDE");
        assertThat(avslutat.get("frister")).allSatisfy(f -> assertThat(f.get("lage").asText()).isNotEqualTo("LOPER"));

        JsonNode mina = anna.get("/api/lex-sarah/mina").json();
        assertThat(mina).anySatisfy(r -> {
            assertThat(r.get("id").asText()).isEqualTo(id);
            assertThat(r.get("avslutad").asBoolean()).isTrue();
            assertThat(r.has("beskrivning")).isFalse();
        });
        JsonNode register = lars.get("/api/lex-sarah?ar=" + LocalDate.now(SvenskTid.ZON).getYear()).json();
        assertThat(register).anySatisfy(r -> {
            assertThat(r.get("id").asText()).isEqualTo(id);
            assertThat(r.get("niva").asText()).isEqualTo("ALLVARLIGT_MISSFORHALLANDE");
            assertThat(r.get("diarienummer").asText()).isEqualTo("3.5.1-1234/2026");
        });
    }

    @Test
    void rollmatrisen() {
        String id = rapportera(anna, "gruppbostad-eken");
        String sokvag = "/api/lex-sarah/" + id;
        // reading the case: the unit's own staff and handlers are refused, so is a förvaltning-less admin
        Map<ApiKlient, Integer> lasa = Map.of(anna, 403, erik, 403, hanna, 403, olof, 403, admin, 403,
                karin, 200, lars, 200);
        lasa.forEach((klient, status) -> assertThat(klient.get(sokvag).status()).as("GET").isEqualTo(status));
        // the lists: open to who can be an utredare or leads the work
        for (ApiKlient klient : List.of(anna, erik, admin)) {
            assertThat(klient.get("/api/lex-sarah").status()).isEqualTo(403);
            assertThat(klient.get("/api/lex-sarah?ar=2026").status()).isEqualTo(403);
        }
        assertThat(ids(hanna.get("/api/lex-sarah").json())).doesNotContain(id);
        assertThat(ids(karin.get("/api/lex-sarah").json())).contains(id);
        // commands by those who may not: each a 403, nothing changes
        assertThat(anna.post(sokvag + "/omedelbara-atgarder", "{\"text\":\"x\"}", "\"2\"").status()).isEqualTo(403);
        assertThat(hanna.post(sokvag + "/utredare", "{\"utredare\":\"hanna\"}", "\"2\"").status()).isEqualTo(403);
        assertThat(karin.post(sokvag + "/bedomning", "{\"niva\":\"MISSFORHALLANDE\",\"motivering\":\"x\"}", "\"2\"")
                .status()).isEqualTo(403);
        assertThat(olof.post(sokvag + "/avslut", "{}", "\"2\"").status()).isEqualTo(403);
        assertThat(karin.get(sokvag).json().get("version").asLong()).isEqualTo(2);

        // once assigned, the handler may read and investigate, and still not assess or close
        steg(karin, id, "utredare", "{\"utredare\":\"hanna\"}", 2);
        assertThat(hanna.get(sokvag).status()).isEqualTo(200);
        assertThat(ids(hanna.get("/api/lex-sarah").json())).contains(id);
        assertThat(hanna.post(sokvag + "/bedomning", "{\"niva\":\"MISSFORHALLANDE\",\"motivering\":\"x\"}", "\"3\"")
                .status()).isEqualTo(403);
        assertThat(olof.get(sokvag).status()).isEqualTo(403);
        // the view log: for the kvalitetssamordnare only
        assertThat(lars.get(sokvag + "/visningar").status()).isEqualTo(403);
        assertThat(hanna.get(sokvag + "/visningar").status()).isEqualTo(403);
        assertThat(karin.get("/api/lex-sarah/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void varjeVisningRegistrerasOchVisasForKvalitetssamordnaren() {
        String id = rapportera(erik, "hemtjanst-norr");
        lars.get("/api/lex-sarah/" + id);
        karin.get("/api/lex-sarah/" + id);
        erik.get("/api/lex-sarah/" + id);

        JsonNode visningar = karin.get("/api/lex-sarah/" + id + "/visningar").json();
        List<String> vem = new ArrayList<>();
        visningar.forEach(v -> vem.add(v.get("anvandare").get("anvandarnamn").asText()));
        assertThat(vem).containsExactly("lars", "karin");
        assertThat(visningar.get(0).get("tid").asText()).isNotBlank();
    }

    @Test
    void muntligRapportRegistreradAvMottagarenGerKvittoTillRapportoren() {
        String kropp = """
                {"enhet":"hemtjanst-norr","intraffade":"%s","mottagen":"%s","beskrivning":"Nedlåtande bemötande",
                 "muntlig":true,"rapportorNamn":"Erik Berg","rapportorAnvandarnamn":"erik"}"""
                .formatted(igar(), LocalDateTime.now(SvenskTid.ZON).minusHours(1).truncatedTo(ChronoUnit.MINUTES));
        ApiKlient.Svar svar = olof.post("/api/lex-sarah", kropp);
        assertThat(svar.status()).isEqualTo(201);
        String id = svar.json().get("id").asText();

        assertThat(ids(erik.get("/api/lex-sarah/mina").json())).contains(id);
        JsonNode arende = karin.get("/api/lex-sarah/" + id).json();
        assertThat(arende.get("rapportsatt").asText()).isEqualTo("MUNTLIG");
        assertThat(arende.get("registreradAv").get("anvandarnamn").asText()).isEqualTo("olof");
    }

    @Test
    void felaktigIndataNamnerFaltetOchSparasInte() {
        ApiKlient.Svar utanBeskrivning = anna.post("/api/lex-sarah",
                "{\"enhet\":\"gruppbostad-eken\",\"intraffade\":\"" + igar() + "\"}");
        assertThat(utanBeskrivning.status()).isEqualTo(400);
        assertThat(utanBeskrivning.json().get("fel").get(0).get("falt").asText()).isEqualTo("beskrivning");

        ApiKlient.Svar muntligUtanNamn = olof.post("/api/lex-sarah", "{\"enhet\":\"hemtjanst-norr\",\"intraffade\":\""
                + igar() + "\",\"beskrivning\":\"x\",\"muntlig\":true}");
        assertThat(muntligUtanNamn.status()).isEqualTo(400);
        assertThat(muntligUtanNamn.json().get("fel").get(0).get("falt").asText()).isEqualTo("rapportorNamn");

        String id = rapportera(anna, "gruppbostad-eken");
        ApiKlient.Svar felNiva = lars.post("/api/lex-sarah/" + id + "/bedomning",
                "{\"niva\":\"VALDIGT_ALLVARLIGT\",\"motivering\":\"x\"}", "\"2\"");
        assertThat(felNiva.status()).isEqualTo(400);
        ApiKlient.Svar gammal = karin.post("/api/lex-sarah/" + id + "/omedelbara-atgarder", "{\"text\":\"x\"}",
                "\"1\"");
        assertThat(gammal.status()).isEqualTo(409);
        assertThat(karin.get("/api/lex-sarah/" + id).json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void eskaleradAvvikelseBlirEttArendeSomLankarTillbaka() {
        String avvikelse = AvvikelseFixtures.registrera(anna, "Brukaren knuffades av en kollega");
        ApiKlient.Svar eskalerad = hanna.post("/api/avvikelser/" + avvikelse + "/lex-sarah/eskalering",
                "{\"text\":\"Kan vara ett missförhållande\"}", "\"0\"");
        assertThat(eskalerad.status()).isEqualTo(200);

        String id = se.kvalitetsledning.lexsarah.LexSarahId.franAvvikelse(
                se.kvalitetsledning.avvikelse.AvvikelseId.av(avvikelse)).toString();
        await().atMost(Duration.ofSeconds(10)).until(() -> karin.get("/api/lex-sarah/" + id).status() == 200);
        JsonNode arende = karin.get("/api/lex-sarah/" + id).json();
        assertThat(arende.get("franAvvikelse").asText()).isEqualTo(avvikelse);
        assertThat(arende.get("rapportsatt").asText()).isEqualTo("FRAN_AVVIKELSE");
        assertThat(arende.get("beskrivning").asText())
                .isEqualTo("Brukaren knuffades av en kollega\n\nVid eskaleringen: Kan vara ett missförhållande");
    }

    @Test
    void varjeSlutpunktFinnsIOpenApiDokumentet() {
        JsonNode vagar = anna.get("/v3/api-docs").json().get("paths");
        for (String vag : List.of("/api/lex-sarah", "/api/lex-sarah/{id}", "/api/lex-sarah/mina",
                "/api/lex-sarah/att-gora", "/api/lex-sarah/{id}/visningar", "/api/lex-sarah/{id}/anmalan.pdf",
                "/api/lex-sarah/{id}/kompletteringar/{nummer}.pdf", "/api/lex-sarah/{id}/omedelbara-atgarder",
                "/api/lex-sarah/{id}/omedelbara-atgarder/ej-behovliga", "/api/lex-sarah/{id}/utredare",
                "/api/lex-sarah/{id}/utredning", "/api/lex-sarah/{id}/bedomning", "/api/lex-sarah/{id}/anmalan",
                "/api/lex-sarah/{id}/anmalan/diarienummer", "/api/lex-sarah/{id}/anmalan/komplettering",
                "/api/lex-sarah/{id}/avslut")) {
            assertThat(vagar.has(vag)).as(vag).isTrue();
        }
    }

    private static String rapportera(ApiKlient klient, String enhet) {
        ApiKlient.Svar svar = klient.post("/api/lex-sarah", """
                {"enhet":"%s","intraffade":"%s","beskrivning":"En brukare knuffades","brukarreferens":"B-17",
                 "handelsetyper":["FYSISKT_OVERGREPP"]}""".formatted(enhet, igar()));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static long steg(ApiKlient klient, String id, String kommando, String kropp, long version) {
        ApiKlient.Svar svar = klient.post("/api/lex-sarah/" + id + "/" + kommando, kropp, "\"" + version + "\"");
        assertThat(svar.status()).as(kommando + ": " + svar).isEqualTo(200);
        long ny = svar.json().get("version").asLong();
        assertThat(klient.get("/api/lex-sarah/" + id).json().get("version").asLong()).isEqualTo(ny);
        return ny;
    }

    private static String pdfText(ApiKlient klient, String id) {
        var svar = klient.getBytes("/api/lex-sarah/" + id + "/anmalan.pdf");
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(svar.body())) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> uppgifter(ApiKlient klient) {
        List<String> texter = new ArrayList<>();
        klient.get("/api/lex-sarah/att-gora").json().forEach(u -> texter.add(u.get("text").asText()));
        return texter;
    }

    private static List<String> ids(JsonNode lista) {
        List<String> ids = new ArrayList<>();
        lista.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private static LocalDateTime igar() {
        return LocalDateTime.now(SvenskTid.ZON).minusDays(1).truncatedTo(ChronoUnit.MINUTES);
    }
}
