package se.kvalitetsledning.infra.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpStatus;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.egenkontroll.Standardmallar;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AtgardFixtures;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;
import se.kvalitetsledning.infra.test.LexSarahFixtures;

/**
 * R5: hundreds of malformed requests against every endpoint of the API, each refused with a 4xx problem that
 * names the field, and not one of them stores anything. Markup in free text is not malformed: it is kept as typed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FelaktigIndataIT {

    private static final String TEXT = "{\"text\":\"Rutinen ses över\"}";
    private static final String EGENKONTROLL = """
            {"mall":"%s","enhet":"solgarden","manad":"%s","ansvarig":"olof"}""".formatted(
            Standardmallar.id(Standardmallar.GENOMFORANDEPLAN), YearMonth.now(SvenskTid.ZON));

    private static KorandeApplikation app;
    private static Felkorpus.Arende avvikelse;
    private static Felkorpus.Arende lexSarah;
    private static Felkorpus.Arende atgard;
    private static Felkorpus.Arende synpunkt;
    private static Felkorpus.Arende indikator;
    private static Felkorpus.Arende kontrollmall;
    private static Felkorpus.Arende egenkontroll;
    private static Felkorpus.Arende egenkontrollMedStickprov;
    private static Felkorpus.Arende riskanalys;
    private static Felkorpus.Arende faststalldRiskanalys;
    private static Felkorpus.Arende kvalitetsberattelse;
    private static Felkorpus.Arende kvalitetsradsmote;

    @BeforeAll
    static void starta() {
        // every request of the corpus to the public e-tjänst counts against its limit per client
        app = KorandeApplikation.iMinnet("--kvalitetsledning.synpunkter.publik.max-inlamningar=100000");
        avvikelse = somLast("/api/avvikelser/", AvvikelseFixtures.registrera(app.som("anna"), "Något hände"));
        lexSarah = somLast("/api/lex-sarah/", LexSarahFixtures.rapportera(app.som("anna"), "gruppbostad-eken"));
        atgard = somLast("/api/atgarder/", AtgardFixtures.fristaende(app.som("hanna"), "gruppbostad-eken", "hanna"));
        synpunkt = somLast("/api/synpunkter/", registreraSynpunkt());
        indikator = somLast("/api/indikatorer/", definieraIndikator());
        kontrollmall = somLast("/api/kontrollmallar/", skapa("/api/kontrollmallar", """
                {"namn":"Samtycke","kvalitetsomraden":[]}"""));
        egenkontroll = somLast("/api/egenkontroller/", skapa("/api/egenkontroller", EGENKONTROLL));
        egenkontrollMedStickprov = egenkontrollMedStickprov();
        riskanalys = riskanalysMedEnRisk(false);
        faststalldRiskanalys = riskanalysMedEnRisk(true);
        kvalitetsberattelse = somLast("/api/kvalitetsberattelser/", skapa("/api/kvalitetsberattelser", """
                {"ar":%d,"omfang":{"niva":"VERKSAMHETSOMRADE","id":"lss"}}""".formatted(
                YearMonth.now(SvenskTid.ZON).getYear())));
        kvalitetsradsmote = somLast("/api/kvalitetsradsmoten/", skapa("/api/kvalitetsradsmoten", """
                {"datum":"%s","manad":"%s"}""".formatted(LocalDate.now(SvenskTid.ZON),
                YearMonth.now(SvenskTid.ZON).minusMonths(1))));
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> varjeFelaktigBegaranAvvisasOchIngentingSparas() {
        Map<Felkorpus.Mal, Felkorpus.Arende> arenden = Map.ofEntries(Map.entry(Felkorpus.Mal.AVVIKELSE, avvikelse),
                Map.entry(Felkorpus.Mal.LEX_SARAH, lexSarah), Map.entry(Felkorpus.Mal.ATGARD, atgard),
                Map.entry(Felkorpus.Mal.SYNPUNKT, synpunkt), Map.entry(Felkorpus.Mal.INDIKATOR, indikator),
                Map.entry(Felkorpus.Mal.KONTROLLMALL, kontrollmall),
                Map.entry(Felkorpus.Mal.EGENKONTROLL, egenkontroll),
                Map.entry(Felkorpus.Mal.EGENKONTROLL_MED_STICKPROV, egenkontrollMedStickprov),
                Map.entry(Felkorpus.Mal.RISKANALYS, riskanalys),
                Map.entry(Felkorpus.Mal.RISKANALYS_FASTSTALLD, faststalldRiskanalys),
                Map.entry(Felkorpus.Mal.KVALITETSBERATTELSE, kvalitetsberattelse),
                Map.entry(Felkorpus.Mal.KVALITETSRADSMOTE, kvalitetsradsmote));
        List<Felkorpus.Begaran> korpus = Felkorpus.bygg(arenden);
        assertThat(korpus).hasSizeGreaterThanOrEqualTo(200);
        long handelserFore = antalHandelser();
        return Stream.concat(
                korpus.stream().map(b -> dynamicTest(b.namn(), () -> avvisas(b))),
                Stream.of(dynamicTest("ingenting sparades av de " + korpus.size()
                        + " begärandena och giltiga begäranden går igenom efteråt", () -> {
                    assertThat(antalHandelser()).isEqualTo(handelserFore);
                    giltigGarIgenom("/api/avvikelser/" + avvikelse.id() + "/aterkoppling", TEXT, avvikelse);
                    giltigGarIgenom("/api/lex-sarah/" + lexSarah.id() + "/omedelbara-atgarder", TEXT, lexSarah);
                    giltigGarIgenom("/api/atgarder/" + atgard.id() + "/beslut", "{}", atgard);
                    giltigGarIgenom("/api/synpunkter/" + synpunkt.id() + "/kvittens", "{\"satt\":\"Brev\"}",
                            synpunkt);
                    giltigGarIgenom("/api/indikatorer/" + indikator.id() + "/varden", "{\"manad\":\""
                            + YearMonth.now(SvenskTid.ZON) + "\",\"varde\":50}", indikator);
                    giltigGarIgenom("/api/egenkontroller/" + egenkontroll.id() + "/installning",
                            "{\"skal\":\"Enheten flyttar\"}", egenkontroll);
                    giltigGarIgenom("/api/kvalitetsberattelser/" + kvalitetsberattelse.id() + "/omgenerering", "{}",
                            kvalitetsberattelse);
                    for (Felkorpus.Mal mal : List.of(Felkorpus.Mal.EGENKONTROLL_MED_STICKPROV, Felkorpus.Mal.RISKANALYS,
                            Felkorpus.Mal.RISKANALYS_FASTSTALLD)) {
                        giltigaGarIgenom(arenden, mal);
                    }
                    ApiKlient.Svar publik = app.anonym().post(PublikSlutpunkter.SOKVAG,
                            PublikSlutpunkter.synpunkt().giltig());
                    assertThat(publik.status()).as(publik.toString()).isEqualTo(201);
                })));
    }

    private static String definieraIndikator() {
        ApiKlient.Svar svar = app.som("karin").post("/api/indikatorer", """
                {"enhet":"myndighet-lss","namn":"Uppföljningar per månad","enhetsbeteckning":"uppföljningar",
                 "riktning":"HOGRE_AR_BATTRE","mal":22,"gulMarginal":2,"kalla":"MANUELL","fran":"%s"}"""
                .formatted(YearMonth.now(SvenskTid.ZON).minusMonths(1)));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static String registreraSynpunkt() {
        ApiKlient.Svar svar = app.som("karin").post("/api/synpunkter", """
                {"typ":"KLAGOMAL","kanal":"BREV","enhet":"solgarden","mottagen":"%s","vadHande":"Maten var kall",
                 "kontakt":{"telefon":"070-1234567"}}""".formatted(LocalDate.now(SvenskTid.ZON)));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    /** A check started and with its sample drawn: the whole population of three, items "1"–"3". */
    private static Felkorpus.Arende egenkontrollMedStickprov() {
        String id = skapa("/api/egenkontroller", EGENKONTROLL);
        String sokvag = "/api/egenkontroller/" + id;
        utfor(sokvag + "/stickprov", "{\"populationsstorlek\":3}", utfor(sokvag + "/paborjan", "{}", 0));
        return somLast("/api/egenkontroller/", id);
    }

    /** An analysis with one risk, fastställd or not; the risk is what a path's second id names. */
    private static Felkorpus.Arende riskanalysMedEnRisk(boolean faststalld) {
        String id = skapa("/api/riskanalyser", """
                {"anledning":"LOPANDE","enhet":"solgarden","process":"Nattbemanning","datum":"%s"}"""
                .formatted(LocalDate.now(SvenskTid.ZON)));
        String sokvag = "/api/riskanalyser/" + id;
        ApiKlient.Svar risk = app.som("karin").post(sokvag + "/risker", """
                {"beskrivning":"Fall","bedomning":{"konsekvens":2,"sannolikhet":2}}""", "\"0\"");
        assertThat(risk.status()).as(risk.toString()).isEqualTo(201);
        if (faststalld) {
            utfor(sokvag + "/faststallande", "{}", risk.json().get("version").asLong());
        }
        return new Felkorpus.Arende(id, somLast("/api/riskanalyser/", id).version(), risk.json().get("risk").asText());
    }

    /** A step that must go through on a case at {@code version}; the version it leaves the case at. */
    private static long utfor(String sokvag, String kropp, long version) {
        ApiKlient.Svar svar = app.som("karin").post(sokvag, kropp, "\"" + version + "\"");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json().get("version").asLong();
    }

    private static String skapa(String sokvag, String kropp) {
        ApiKlient.Svar svar = app.som("karin").post(sokvag, kropp);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    /** The case as a client knows it after reading it: its version comes from the ETag. */
    private static Felkorpus.Arende somLast(String sokvag, String id) {
        ApiKlient.Svar svar = app.som("karin").get(sokvag + id);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return new Felkorpus.Arende(id, Long.parseLong(svar.header("ETag").replace("\"", "")));
    }

    /** The version the corpus's valid bodies carry is still the case's: nothing moved it on. */
    private static void giltigGarIgenom(String sokvag, String kropp, Felkorpus.Arende arende) {
        ApiKlient.Svar giltig = app.som("karin").post(sokvag, kropp, "\"" + arende.version() + "\"");
        assertThat(giltig.status()).as(giltig.toString()).isEqualTo(200);
    }

    /** The corpus's own valid requests on the case, in turn: each goes through at the version the one before left. */
    private static void giltigaGarIgenom(Map<Felkorpus.Mal, Felkorpus.Arende> arenden, Felkorpus.Mal mal) {
        long version = arenden.get(mal).version();
        for (Felkorpus.Begaran giltig : Felkorpus.giltiga(arenden, mal)) {
            Map<String, String> huvuden = new HashMap<>(giltig.huvuden());
            huvuden.put("If-Match", "\"" + version + "\"");
            ApiKlient.Svar svar = app.som(giltig.anvandare()).begar(giltig.metod(), giltig.sokvag(), huvuden,
                    giltig.kropp());
            assertThat(svar.status()).as(giltig.namn() + " -> " + svar).isIn(giltig.forvantan().status());
            version = svar.json().get("version").asLong();
        }
    }

    private static void avvisas(Felkorpus.Begaran begaran) {
        ApiKlient klient = begaran.anvandare() == null ? app.anonym() : app.som(begaran.anvandare());
        ApiKlient.Svar svar = klient.begar(begaran.metod(), begaran.sokvag(), begaran.huvuden(), begaran.kropp());
        String beskrivning = begaran.namn() + " -> " + svar.status() + " " + svar.header("Content-Type") + " "
                + kortat(svar.text());
        assertThat(svar.status()).as(beskrivning).isIn(begaran.forvantan().status());
        assertThat(svar.header("Content-Type")).as(beskrivning).startsWith("application/problem+json");
        JsonNode problem = svar.json();
        assertThat(problem.path("title").asText()).as(beskrivning + ": the API's own Swedish title, not Spring's")
                .isNotBlank().isNotEqualTo(HttpStatus.valueOf(svar.status()).getReasonPhrase());
        assertThat(problem.path("detail").asText()).as(beskrivning).isNotBlank();
        String falt = begaran.forvantan().falt();
        if (falt != null && (svar.status() == 400 || svar.status() == 428)) {
            assertThat(problem.path("fel")).as(beskrivning)
                    .anySatisfy(f -> assertThat(f.path("falt").asText()).matches(Pattern.quote(falt) + "([\\[.].*)?"));
        }
    }

    @Test
    @Order(2)
    void markeringIFritextSparasOrdagrantOchVisasSomText() throws Exception {
        String markering = "<b>Fet</b> <script>alert(1)</script> & \"citat\"";
        String id = AvvikelseFixtures.registrera(app.som("anna"), markering.replace("\"", "\\\""));

        JsonNode sparad = app.som("hanna").get("/api/avvikelser/" + id).json();
        assertThat(sparad.get("beskrivning").asText()).isEqualTo(markering);

        String sida = sidaSomInloggad("hanna", "/avvikelser/" + id);
        assertThat(sida)
                .contains("&lt;b&gt;Fet&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot;")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    @Order(3)
    void operatorerOchMonsterISokningenArBaraText() {
        ApiKlient karin = app.som("karin");
        assertThat(karin.get("/api/avvikelser").json().get("totalt").asLong()).isPositive();
        for (String fraga : List.of("kategori=%7B%22%24gt%22%3A%22%22%7D", "enhet=%7B%22%24ne%22%3Anull%7D",
                "text=.*", "text=%7B%22%24where%22%3A%221%22%7D")) {
            ApiKlient.Svar svar = karin.get("/api/avvikelser?" + fraga);
            assertThat(svar.status()).as(fraga).isEqualTo(200);
            assertThat(svar.json().get("totalt").asLong()).as(fraga).isZero();
        }
    }

    private static String sidaSomInloggad(String anvandare, String sokvag) throws IOException, InterruptedException {
        HttpClient webblasare = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String inloggning = webblasare.send(HttpRequest.newBuilder(URI.create(app.basUrl() + "/logga-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(inloggning);
        assertThat(csrf.find()).as("CSRF-fält på inloggningssidan").isTrue();
        String formular = "username=" + anvandare + "&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> inloggad = webblasare.send(HttpRequest.newBuilder(URI.create(app.basUrl() + "/logga-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formular)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inloggad.headers().firstValue("Location"))
                .hasValueSatisfying(plats -> assertThat(plats).doesNotContain("error"));
        HttpResponse<String> sida = webblasare.send(HttpRequest.newBuilder(URI.create(app.basUrl() + sokvag)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sida.statusCode()).isEqualTo(200);
        return sida.body();
    }

    private static long antalHandelser() {
        return app.bona(MongoClient.class).getDatabase("kvalitetsledning").getCollection("handelser")
                .countDocuments();
    }

    private static String kortat(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
