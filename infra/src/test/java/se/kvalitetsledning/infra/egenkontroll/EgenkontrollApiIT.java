package se.kvalitetsledning.infra.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * A template with a conditional question from draft to publication, and a check of it planned, performed by two
 * people over a drawn sample, completed and exported, through the real API; who may do what; bad input.
 */
class EgenkontrollApiIT {

    private static final String FRAGOR = """
            {"namn":"Genomförandeplan, utförare","kvalitetsomraden":["HELHETSSYN_OCH_SAMORDNING"],"fragor":[
             {"id":"plan-finns","text":"Det finns en aktuell genomförandeplan","svarstyp":"JA_NEJ_EJ_AKTUELLT",
              "kvalitetsomrade":"HELHETSSYN_OCH_SAMORDNING","obligatorisk":true},
             {"id":"plan-motsvarar-bestallning","text":"Planen motsvarar beställningen",
              "svarstyp":"JA_NEJ_EJ_AKTUELLT","villkor":{"fraga":"plan-finns","svar":"JA"},
              "kvalitetsomrade":"HELHETSSYN_OCH_SAMORDNING","obligatorisk":true},
             {"id":"kommentar","text":"Kommentar","svarstyp":"FRITEXT",
              "kvalitetsomrade":"KUNSKAPSBASERAD_VERKSAMHET","obligatorisk":false}]}""";

    private static KorandeApplikation app;
    private static ApiKlient anna;
    private static ApiKlient erik;
    private static ApiKlient hanna;
    private static ApiKlient olof;
    private static ApiKlient karin;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        anna = app.som("anna");
        erik = app.som("erik");
        hanna = app.som("hanna");
        olof = app.som("olof");
        karin = app.som("karin");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void enKontrollFranPlanTillResultatOchExport() throws IOException {
        String mall = publiceradMall();
        String id = planera(mall, "solgarden", "olof");
        JsonNode plan = olof.get("/api/egenkontroller?enhet=solgarden&ar=" + manad().getYear()).json();
        assertThat(plan.get("kontroller")).anySatisfy(k -> {
            assertThat(k.get("id").asText()).isEqualTo(id);
            assertThat(k.get("lage").asText()).isEqualTo("ATT_GORA");
            assertThat(k.get("forfaller").asText()).isEqualTo(manad().atEndOfMonth().toString());
        });

        long v = steg(olof, id, "paborjan", "{}", 0);
        List<String> population = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            population.add("\"AKT-" + i + "\"");
        }
        v = steg(olof, id, "stickprov", "{\"population\":" + population + ",\"stickprovsstorlek\":4,\"fro\":42}", v);
        JsonNode kontroll = olof.get("/api/egenkontroller/" + id).json();
        assertThat(kontroll.get("stickprov").get("populationsstorlek").asInt()).isEqualTo(10);
        List<String> poster = new ArrayList<>();
        kontroll.get("stickprov").get("poster").forEach(p -> poster.add(p.asText()));
        assertThat(poster).hasSize(4).allMatch(p -> p.startsWith("AKT-"));
        assertThat(kontroll.get("mallversion").get("nummer").asInt()).isEqualTo(1);

        String besvara = "/api/egenkontroller/" + id + "/svar";
        assertThat(falt(olof.post(besvara, svar("AKT-11", "plan-finns", "JA"), "\"" + v + "\""))).isEqualTo("post");
        assertThat(falt(olof.post(besvara, svar(poster.get(0), "kommentar", "JA"), "\"" + v + "\""))).isEqualTo("svar");
        long sedd = v;
        v = steg(olof, id, "svar", svar(poster.get(0), "plan-finns", "JA"), v);
        steg(erik, id, "svar", svar(poster.get(1), "plan-finns", "JA"), sedd);
        ApiKlient.Svar konflikt = erik.post("/api/egenkontroller/" + id + "/svar",
                svar(poster.get(0), "plan-finns", "NEJ"), "\"" + sedd + "\"");
        assertThat(konflikt.status()).as(konflikt.toString()).isEqualTo(409);
        v = olof.get("/api/egenkontroller/" + id).json().get("version").asLong();
        v = steg(olof, id, "svar", svar(poster.get(2), "plan-finns", "JA"), v);
        v = steg(erik, id, "svar", svar(poster.get(3), "plan-finns", "NEJ"), v);
        v = steg(olof, id, "svar", svar(poster.get(0), "plan-motsvarar-bestallning", "JA"), v);
        v = steg(olof, id, "svar", svar(poster.get(1), "plan-motsvarar-bestallning", "NEJ"), v);

        ApiKlient.Svar ofullstandig = olof.post("/api/egenkontroller/" + id + "/slutforande", "{}", "\"" + v + "\"");
        assertThat(ofullstandig.status()).isEqualTo(422);
        assertThat(ofullstandig.json().get("detail").asText()).isEqualTo("Egenkontrollen kan inte slutföras: 1"
                + " obligatoriska svar saknas, det första fråga plan-motsvarar-bestallning för post nr 3"
                + " i stickprovet");
        JsonNode pagaende = olof.get("/api/egenkontroller/" + id).json();
        assertThat(pagaende.get("saknadeSvar").asInt()).isEqualTo(1);
        assertThat(pagaende.get("preliminartResultat").get("totalt").get("av").asInt()).isEqualTo(6);

        v = steg(erik, id, "svar", svar(poster.get(2), "plan-motsvarar-bestallning", "EJ_AKTUELLT"), v);
        steg(olof, id, "slutforande", "{}", v);

        JsonNode resultat = olof.get("/api/egenkontroller/" + id).json();
        assertThat(resultat.get("status").asText()).isEqualTo("GENOMFORD");
        JsonNode fragor = resultat.get("resultat").get("fragor");
        assertThat(andel(fragor.get(0))).isEqualTo("3/4 GUL");
        assertThat(andel(fragor.get(1))).isEqualTo("1/2 ROD");
        assertThat(fragor.get(1).get("tillampliga").asInt()).isEqualTo(3);
        assertThat(fragor.get(1).get("ejAktuellt").asInt()).isEqualTo(1);
        assertThat(resultat.get("resultat").get("totalt").get("ja").asInt()).isEqualTo(4);
        assertThat(resultat.get("resultat").get("totalt").get("av").asInt()).isEqualTo(6);
        assertThat(resultat.get("svar")).extracting(s -> s.get("av").get("anvandarnamn").asText())
                .contains("olof", "erik");

        var xlsx = olof.getBytes("/api/egenkontroller/" + id + "/resultat.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet blad = bok.getSheet(EgenkontrollXlsx.BLAD);
            var forsta = blad.getRow(EgenkontrollXlsx.FORSTA_FRAGERAD);
            assertThat(forsta.getCell(2).getNumericCellValue()).isEqualTo(0.75);
            assertThat(forsta.getCell(3).getStringCellValue()).isEqualTo("Gul");
            assertThat(blad.getRow(EgenkontrollXlsx.FORSTA_FRAGERAD + 3).getCell(0).getStringCellValue())
                    .isEqualTo("Totalt");
        }

        JsonNode statistik = karin.get("/api/egenkontroller/statistik?ar=" + manad().getYear()).json();
        assertThat(statistik.get("rakningar")).anySatisfy(r -> {
            assertThat(r.get("mall").asText()).isEqualTo(mall);
            assertThat(r.get("genomforda").asInt()).isEqualTo(1);
            assertThat(r.get("gul").asInt()).isEqualTo(1);
            assertThat(r.get("rod").asInt()).isEqualTo(1);
        });
        assertThat(karin.get("/api/egenkontroller?enhet=solgarden").json().get("enheter").get(0)
                .get("ingenSenaste12Manader").asBoolean()).isFalse();
        enBristBlirEnRisk(id);
    }

    /** A risk analysis after the check takes a gul or röd question as a risk's source; other questions are none. */
    private static void enBristBlirEnRisk(String kontroll) {
        ApiKlient.Svar analys = olof.post("/api/riskanalyser", """
                {"anledning":"EFTER_EGENKONTROLL","enhet":"solgarden","process":"Genomförandeplaner",
                 "datum":"%s"}""".formatted(LocalDate.now(SvenskTid.ZON)));
        assertThat(analys.status()).as(analys.toString()).isEqualTo(201);
        String risker = "/api/riskanalyser/" + analys.json().get("id").asText() + "/risker";
        String risk = """
                {"beskrivning":"Insatser följer inte beställningen","bedomning":{"konsekvens":3,"sannolikhet":3},
                 "kalla":{"typ":"EGENKONTROLL","id":"%s"}}""";
        assertThat(falt(olof.post(risker, risk.formatted(kontroll + "/kommentar"), "\"0\""))).isEqualTo("kalla.id");
        assertThat(falt(olof.post(risker, risk.formatted(kontroll), "\"0\""))).isEqualTo("kalla.id");
        ApiKlient.Svar tillagd = olof.post(risker, risk.formatted(kontroll + "/plan-motsvarar-bestallning"),
                "\"0\"");
        assertThat(tillagd.status()).as(tillagd.toString()).isEqualTo(201);
        JsonNode sparad = olof.get(risker.substring(0, risker.length() - "/risker".length())).json();
        assertThat(sparad.get("risker").get(0).get("kalla").get("id").asText())
                .isEqualTo(kontroll + "/plan-motsvarar-bestallning");
    }

    @Test
    void slutpunkternaFinnsIOpenApiDokumentet() {
        JsonNode sokvagar = karin.get("/v3/api-docs").json().get("paths");
        assertThat(sokvagar.has("/api/kontrollmallar/{id}/utkast")).isTrue();
        assertThat(sokvagar.get("/api/kontrollmallar/{id}/utkast").has("put")).isTrue();
        assertThat(sokvagar.has("/api/egenkontroller/{id}/svar")).isTrue();
        assertThat(sokvagar.has("/api/egenkontroller/{id}/resultat.xlsx")).isTrue();
        assertThat(sokvagar.has("/api/egenkontroller/statistik")).isTrue();
    }

    @Test
    void barasEnhetensPersonalOchKvalitetssamordnareSerOchSvarar() {
        String mall = publiceradMall();
        assertThat(anna.post("/api/kontrollmallar", "{\"namn\":\"X\",\"kvalitetsomraden\":[]}").status())
                .isEqualTo(403);
        assertThat(olof.begar("PUT", "/api/kontrollmallar/" + mall + "/utkast",
                Map.of("Content-Type", "application/json", "If-Match", "\"2\""), FRAGOR).status()).isEqualTo(403);
        assertThat(hanna.post("/api/egenkontroller", ny(mall, "solgarden", "olof")).status()).isEqualTo(403);
        String id = planera(mall, "solgarden", "olof");
        assertThat(anna.get("/api/egenkontroller/" + id).status()).isEqualTo(403);
        assertThat(hanna.get("/api/egenkontroller/" + id).status()).isEqualTo(403);
        assertThat(anna.post("/api/egenkontroller/" + id + "/paborjan", "{}", "\"0\"").status()).isEqualTo(403);
        assertThat(erik.get("/api/egenkontroller/" + id).status()).isEqualTo(200);
        assertThat(erik.post("/api/egenkontroller/" + id + "/paborjan", "{}", "\"0\"").status()).isEqualTo(403);
        assertThat(olof.get("/api/egenkontroller/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(olof.get("/api/egenkontroller/inte-ett-id").status()).isEqualTo(400);
        assertThat(anna.get("/api/egenkontroller/statistik?ar=2026").status()).isEqualTo(403);
        assertThat(ids(anna.get("/api/egenkontroller").json())).doesNotContain(id);
    }

    @Test
    void felaktigIndataNamnerFaltet() {
        String mall = publiceradMall();
        assertThat(falt(karin.post("/api/egenkontroller", "{\"mall\":\"" + mall
                + "\",\"enhet\":\"solgarden\",\"ansvarig\":\"olof\"}"))).isEqualTo("manad");
        assertThat(falt(karin.post("/api/egenkontroller", ny(mall, "finns-inte", "olof")))).isEqualTo("enhet");
        assertThat(falt(karin.post("/api/egenkontroller", ny(mall, "solgarden", "hanna")))).isEqualTo("ansvarig");
        assertThat(falt(karin.post("/api/egenkontroller", ny(UUID.randomUUID().toString(), "solgarden", "olof"))))
                .isEqualTo("mall");
        String ny = karin.post("/api/kontrollmallar", "{\"namn\":\"Barnperspektiv\",\"kvalitetsomraden\":[]}")
                .json().get("id").asText();
        assertThat(falt(karin.begar("PUT", "/api/kontrollmallar/" + ny + "/utkast",
                Map.of("Content-Type", "application/json", "If-Match", "\"0\""),
                FRAGOR.replace("\"plan-finns\",\"text\"", "\"Plan finns\",\"text\"")))).isEqualTo("fragor[0].id");
        assertThat(falt(karin.get("/api/egenkontroller/statistik?ar=1999"))).isEqualTo("ar");
    }

    private static String publiceradMall() {
        ApiKlient.Svar skapad = karin.post("/api/kontrollmallar",
                "{\"namn\":\"Genomförandeplan\",\"kvalitetsomraden\":[\"HELHETSSYN_OCH_SAMORDNING\"]}");
        assertThat(skapad.status()).as(skapad.toString()).isEqualTo(201);
        String id = skapad.json().get("id").asText();
        ApiKlient.Svar utkast = karin.begar("PUT", "/api/kontrollmallar/" + id + "/utkast",
                Map.of("Content-Type", "application/json", "If-Match", "\"0\""), FRAGOR);
        assertThat(utkast.status()).as(utkast.toString()).isEqualTo(200);
        ApiKlient.Svar publicerad = karin.post("/api/kontrollmallar/" + id + "/publicering", "{}", "\"1\"");
        assertThat(publicerad.status()).as(publicerad.toString()).isEqualTo(200);
        JsonNode mall = karin.get("/api/kontrollmallar/" + id).json();
        assertThat(mall.get("versioner").get(0).get("fragor")).hasSize(3);
        assertThat(mall.get("utkastversion").asInt()).isEqualTo(2);
        return id;
    }

    private static String planera(String mall, String enhet, String ansvarig) {
        ApiKlient.Svar planerad = karin.post("/api/egenkontroller", ny(mall, enhet, ansvarig));
        assertThat(planerad.status()).as(planerad.toString()).isEqualTo(201);
        return planerad.json().get("id").asText();
    }

    private static String ny(String mall, String enhet, String ansvarig) {
        return "{\"mall\":\"" + mall + "\",\"enhet\":\"" + enhet + "\",\"manad\":\"" + manad()
                + "\",\"ansvarig\":\"" + ansvarig + "\"}";
    }

    private static long steg(ApiKlient vem, String id, String steg, String kropp, long version) {
        ApiKlient.Svar svar = vem.post("/api/egenkontroller/" + id + "/" + steg, kropp, "\"" + version + "\"");
        assertThat(svar.status()).as(steg + ": " + svar).isEqualTo(200);
        return svar.json().get("version").asLong();
    }

    private static String svar(String post, String fraga, String alternativ) {
        return "{\"post\":\"" + post + "\",\"fraga\":\"" + fraga + "\",\"svar\":{\"alternativ\":\"" + alternativ
                + "\"}}";
    }

    private static String andel(JsonNode fraga) {
        return fraga.get("andel").get("ja").asInt() + "/" + fraga.get("andel").get("av").asInt() + " "
                + fraga.get("farg").asText();
    }

    private static List<String> ids(JsonNode plan) {
        List<String> ids = new ArrayList<>();
        plan.get("kontroller").forEach(k -> ids.add(k.get("id").asText()));
        return ids;
    }

    private static String falt(ApiKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        return svar.json().get("fel").get(0).get("falt").asText();
    }

    private static YearMonth manad() {
        return YearMonth.now(SvenskTid.ZON);
    }
}
