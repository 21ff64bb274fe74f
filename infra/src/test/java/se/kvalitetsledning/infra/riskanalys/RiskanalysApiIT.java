package se.kvalitetsledning.infra.riskanalys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/** A riskanalys from its start to fastställd and reviewed through the real API, and who may see and do what. */
class RiskanalysApiIT {

    private static KorandeApplikation app;
    private static ApiKlient anna;
    private static ApiKlient hanna;
    private static ApiKlient olof;
    private static ApiKlient karin;
    private static ApiKlient lars;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        anna = app.som("anna");
        hanna = app.som("hanna");
        olof = app.som("olof");
        karin = app.som("karin");
        lars = app.som("lars");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void enAnalysFranStartTillFaststalldOchGranskad() {
        String id = inled(olof, "hemtjanst-norr", "[\"anna\"]");
        ApiKlient.Svar start = olof.get("/api/riskanalyser/" + id);
        assertThat(start.header("ETag")).isEqualTo("\"0\"");

        String avvikelse = AvvikelseFixtures.registrera(anna, "Brukaren föll i duschen");
        ApiKlient.Svar fall = karin.post(risker(id), risk("Fall i duschen", 3, 2,
                ",\"kalla\":{\"typ\":\"AVVIKELSE\",\"id\":\"" + avvikelse + "\"}"), "\"0\"");
        assertThat(fall.status()).as(fall.toString()).isEqualTo(201);
        String fallId = fall.json().get("risk").asText();
        ApiKlient.Svar nyckel = olof.post(risker(id), risk("Tappad nyckel", 1, 1, ""), "\"1\"");
        assertThat(nyckel.status()).as(nyckel.toString()).isEqualTo(201);
        String nyckelId = nyckel.json().get("risk").asText();

        ApiKlient.Svar andrad = olof.begar("PUT", risker(id) + "/" + nyckelId, Map.of("Content-Type",
                "application/json", "If-Match", "\"2\""), risk("Tappad nyckel till medicinskåpet", 2, 2, ""));
        assertThat(andrad.status()).as(andrad.toString()).isEqualTo(200);
        ApiKlient.Svar borttagen = olof.begar("DELETE", risker(id) + "/" + nyckelId, Map.of("If-Match", "\"3\""),
                null);
        assertThat(borttagen.status()).as(borttagen.toString()).isEqualTo(200);
        assertThat(olof.begar("PUT", risker(id) + "/" + nyckelId, Map.of("Content-Type", "application/json",
                "If-Match", "\"4\""), risk("Tappad nyckel", 1, 1, "")).status()).isEqualTo(404);

        assertThat(olof.post("/api/riskanalyser/" + id + "/faststallande", "{}", "\"4\"").status()).isEqualTo(403);
        assertThat(steg(lars, "/api/riskanalyser/" + id + "/faststallande", "{}", 4)).isEqualTo(5);
        String nasta = LocalDate.now(SvenskTid.ZON).plusMonths(3).toString();
        steg(olof, risker(id) + "/" + fallId + "/granskningar", """
                {"bedomning":{"konsekvens":3,"sannolikhet":1},"kommentar":"Halkskydd monterat",
                 "nastaGranskning":"%s"}""".formatted(nasta), 5);

        JsonNode analys = olof.get("/api/riskanalyser/" + id).json();
        assertThat(analys.get("faststalld").asBoolean()).isTrue();
        assertThat(analys.get("faststalldAv").get("anvandarnamn").asText()).isEqualTo("lars");
        JsonNode risk = analys.get("risker").get(0);
        assertThat(analys.get("risker")).hasSize(1);
        assertThat(risk.get("bedomning").get("sannolikhet").asInt()).isEqualTo(2);
        assertThat(risk.get("aktuell").get("sannolikhet").asInt()).isEqualTo(1);
        assertThat(risk.get("kalla").get("id").asText()).isEqualTo(avvikelse);
        assertThat(risk.get("granskningar").get(0).get("kommentar").asText()).isEqualTo("Halkskydd monterat");
        assertThat(analys.get("historik")).extracting(h -> h.get("rubrik").asText()).containsExactly("Inledd",
                "Risk tillagd", "Risk tillagd", "Risk ändrad", "Risk borttagen", "Fastställd", "Risk granskad");

        JsonNode register = olof.get("/api/riskanalyser/register?enhet=hemtjanst-norr").json();
        assertThat(register).filteredOn(r -> r.get("risk").asText().equals(fallId)).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("nastaGranskning").asText()).isEqualTo(nasta);
                    assertThat(r.get("granskningForsenad").asBoolean()).isFalse();
                });
        JsonNode matris = olof.get("/api/riskanalyser/matris?enhet=hemtjanst-norr").json();
        assertThat(matris.get("rutor")).filteredOn(r -> r.get("konsekvens").asInt() == 3
                && r.get("sannolikhet").asInt() == 1).singleElement()
                .satisfies(r -> assertThat(r.get("antal").asLong()).isPositive());
        JsonNode statistik = olof.get("/api/riskanalyser/statistik?ar=" + LocalDate.now(SvenskTid.ZON).getYear())
                .json();
        assertThat(statistik.get("granskningar")).extracting(g -> g.get("enhet").asText())
                .contains("hemtjanst-norr");
        assertThat(ids(olof.get("/api/riskanalyser?enhet=hemtjanst-norr&faststalld=true").json())).contains(id);
    }

    @Test
    void enRiskUtanSannolikhetOchFelaktigIndataNamnerFaltet() {
        String id = inled(olof, "solgarden", "[]");
        ApiKlient.Svar utan = olof.post(risker(id), "{\"beskrivning\":\"Fall\",\"bedomning\":{\"konsekvens\":3}}",
                "\"0\"");
        assertThat(falt(utan)).isEqualTo("bedomning.sannolikhet");
        assertThat(utan.text()).contains("Ange sannolikhet 1–4");
        assertThat(falt(olof.post(risker(id), risk("Fall", 5, 1, ""), "\"0\""))).isEqualTo("bedomning.konsekvens");
        assertThat(falt(olof.post(risker(id), risk("Fall", 1, 1,
                ",\"kalla\":{\"typ\":\"SYNPUNKT\",\"id\":\"" + UUID.randomUUID() + "\"}"), "\"0\"")))
                .isEqualTo("kalla.id");
        assertThat(falt(olof.post("/api/riskanalyser", analys("finns-inte", "[]")))).isEqualTo("enhet");
        assertThat(falt(olof.post("/api/riskanalyser", analys("solgarden", "[\"ingen-alls\"]")))).isEqualTo("team");
        assertThat(falt(olof.get("/api/riskanalyser/statistik?ar=1900"))).isEqualTo("ar");

        ApiKlient.Svar utanRisker = karin.post("/api/riskanalyser/" + id + "/faststallande", "{}", "\"0\"");
        assertThat(utanRisker.status()).isEqualTo(422);
        assertThat(utanRisker.json().get("detail").asText())
                .isEqualTo("En riskanalys utan risker kan inte fastställas");
    }

    @Test
    void enInaktuellVersionGer409() {
        String id = inled(olof, "solgarden", "[]");
        assertThat(olof.post(risker(id), risk("Fall", 2, 2, ""), "\"0\"").status()).isEqualTo(201);
        ApiKlient.Svar gammal = olof.post(risker(id), risk("Brand", 4, 1, ""), "\"0\"");
        assertThat(gammal.status()).isEqualTo(409);
        assertThat(olof.get("/api/riskanalyser/" + id).json().get("risker")).hasSize(1);
        assertThat(olof.post(risker(id), risk("Brand", 4, 1, ""), null).status()).isEqualTo(428);
    }

    @Test
    void barasTeametKvalitetssamordnareOchEnhetensHandlaggareOchLedningSerAnalysen() {
        String id = inled(olof, "solgarden", "[\"anna\"]");
        assertThat(hanna.get("/api/riskanalyser/" + id).status()).isEqualTo(403);
        assertThat(anna.get("/api/riskanalyser/" + id).status()).isEqualTo(200);
        assertThat(anna.get("/api/riskanalyser").status()).isEqualTo(403);
        assertThat(anna.get("/api/riskanalyser/register").status()).isEqualTo(403);
        assertThat(anna.post("/api/riskanalyser", analys("gruppbostad-eken", "[]")).status()).isEqualTo(403);
        assertThat(hanna.post(risker(id), risk("Fall", 2, 2, ""), "\"0\"").status()).isEqualTo(403);
        assertThat(hanna.get("/api/riskanalyser/register?enhet=solgarden").status()).isEqualTo(403);
        assertThat(anna.post(risker(id), risk("Fall", 2, 2, ""), "\"0\"").status()).isEqualTo(201);
        assertThat(karin.get("/api/riskanalyser/" + id).status()).isEqualTo(200);
        assertThat(lars.get("/api/riskanalyser/" + id).status()).isEqualTo(200);
        assertThat(olof.get("/api/riskanalyser/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(olof.get("/api/riskanalyser/inte-ett-id").status()).isEqualTo(400);
        assertThat(ids(hanna.get("/api/riskanalyser").json())).doesNotContain(id);
        assertThat(ids(olof.get("/api/riskanalyser?enhet=solgarden").json())).contains(id);
    }

    @Test
    void varjeSlutpunktFinnsIOpenApiDokumentet() {
        JsonNode vagar = olof.get("/v3/api-docs").json().get("paths");
        for (String vag : List.of("/api/riskanalyser", "/api/riskanalyser/{id}", "/api/riskanalyser/register",
                "/api/riskanalyser/matris", "/api/riskanalyser/statistik", "/api/riskanalyser/{id}/risker",
                "/api/riskanalyser/{id}/risker/{risk}", "/api/riskanalyser/{id}/faststallande",
                "/api/riskanalyser/{id}/risker/{risk}/granskningar")) {
            assertThat(vagar.has(vag)).as(vag).isTrue();
        }
    }

    private static String inled(ApiKlient klient, String enhet, String team) {
        ApiKlient.Svar svar = klient.post("/api/riskanalyser", analys(enhet, team));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static String analys(String enhet, String team) {
        return """
                {"anledning":"INFOR_ANDRAD_BEMANNING","enhet":"%s","process":"Nattbemanningen halveras",
                 "team":%s,"datum":"%s"}""".formatted(enhet, team, LocalDate.now(SvenskTid.ZON));
    }

    private static String risk(String beskrivning, int konsekvens, int sannolikhet, String mer) {
        return """
                {"beskrivning":"%s","orsak":"Ensam personal","bedomning":{"konsekvens":%d,"sannolikhet":%d},
                 "befintligaBarriarer":"Larm","foreslagnaAtgarder":"Halkskydd",
                 "kvarvarande":{"konsekvens":%d,"sannolikhet":1}%s}""".formatted(beskrivning, konsekvens,
                sannolikhet, Math.min(konsekvens, 4), mer);
    }

    private static String risker(String id) {
        return "/api/riskanalyser/" + id + "/risker";
    }

    private static long steg(ApiKlient klient, String sokvag, String kropp, long version) {
        ApiKlient.Svar svar = klient.post(sokvag, kropp, "\"" + version + "\"");
        assertThat(svar.status()).as(sokvag + ": " + svar).isEqualTo(200);
        return svar.json().get("version").asLong();
    }

    private static List<String> ids(JsonNode lista) {
        List<String> ids = new ArrayList<>();
        lista.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private static String falt(ApiKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        return svar.json().get("fel").get(0).get("falt").asText();
    }
}
