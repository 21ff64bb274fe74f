package se.kvalitetsledning.infra.synpunkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/** A synpunkt from registration to closing through the real API, who may see and do what, and the counters. */
class SynpunktApiIT {

    private static final String MED_TELEFON = "{\"namn\":\"Greta Svensson\",\"telefon\":\"070-1234567\"}";

    private static KorandeApplikation app;
    private static ApiKlient anna;
    private static ApiKlient hanna;
    private static ApiKlient olof;
    private static ApiKlient karin;

    @BeforeAll
    static void starta() {
        app = KorandeApplikation.iMinnet();
        anna = app.som("anna");
        hanna = app.som("hanna");
        olof = app.som("olof");
        karin = app.som("karin");
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void ettKlagomalFranTelefonTillAvslut() {
        ApiKlient.Svar registrerad = olof.post("/api/synpunkter", ny("KLAGOMAL", "TELEFON", "solgarden", igar(),
                MED_TELEFON));
        assertThat(registrerad.status()).as(registrerad.toString()).isEqualTo(201);
        String id = registrerad.json().get("id").asText();
        assertThat(registrerad.json().get("referens").asText()).matches("SP-[0-9A-F]{8}");

        JsonNode synpunkt = olof.get("/api/synpunkter/" + id).json();
        assertThat(synpunkt.get("status").asText()).isEqualTo("REGISTRERAD");
        assertThat(synpunkt.get("version").asLong()).isEqualTo(3);
        assertThat(synpunkt.get("kontakt").get("telefon").asText()).isEqualTo("070-1234567");
        assertThat(synpunkt.get("mottagen").asText()).startsWith(igar().minusDays(1).toString().substring(0, 4));
        assertThat(synpunkt.get("frister")).extracting(f -> f.get("typ").asText())
                .containsExactly("KVITTENS", "HANDLAGGARE", "SVAR");
        assertThat(uppgifter(olof, id)).containsExactly("Kvittera till avsändaren", "Utse handläggare",
                "Besvara avsändaren");

        long v = steg(olof, id, "kvittens", "{\"satt\":\"Telefon\"}", 3);
        v = steg(olof, id, "tilldelning", "{\"enhet\":\"solgarden\",\"handlaggare\":\"olof\"}", v);
        assertThat(uppgifter(olof, id)).containsExactly("Besvara avsändaren", "Utred synpunkten");
        v = steg(olof, id, "utredning", """
                {"kategori":"bemotande","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],
                 "orsaksomraden":["KOMMUNIKATION_INFORMATION"],"analys":"Personalen hade inte fått informationen"}""",
                v);
        v = steg(olof, id, "svar", "{\"svar\":\"Vi har ändrat rutinen\",\"satt\":\"Brev\",\"skickat\":\""
                + LocalDate.now(SvenskTid.ZON) + "\"}", v);
        assertThat(uppgifter(olof, id)).containsExactly("Avsluta synpunkten");
        steg(olof, id, "avslut", "{}", v);

        JsonNode avslutad = olof.get("/api/synpunkter/" + id).json();
        assertThat(avslutad.get("status").asText()).isEqualTo("AVSLUTAD");
        assertThat(avslutad.get("utredning").get("kategori").asText()).isEqualTo("bemotande");
        assertThat(avslutad.get("svar").get("satt").asText()).isEqualTo("Brev");
        assertThat(avslutad.get("frister")).allSatisfy(f -> assertThat(f.get("lage").asText()).isEqualTo("UPPFYLLD"));
        assertThat(avslutad.get("historik")).extracting(h -> h.get("rubrik").asText()).containsExactly(
                "Registrerad (telefon)", "Kvittens skickad", "Handläggare: Olof Ek", "Utredd", "Besvarad",
                "Avslutad");
        assertThat(uppgifter(olof, id)).isEmpty();
    }

    @Test
    void enAnonymAvsandareFarVarkenKvittensEllerSvar() {
        String id = registrera(olof, ny("SYNPUNKT", "BREV", "solgarden", idag(), null));
        JsonNode synpunkt = olof.get("/api/synpunkter/" + id).json();
        assertThat(synpunkt.get("frister")).extracting(f -> f.get("typ").asText()).containsExactly("HANDLAGGARE");
        assertThat(synpunkt.has("kontakt")).isFalse();

        ApiKlient.Svar kvittens = olof.post("/api/synpunkter/" + id + "/kvittens", "{\"satt\":\"Brev\"}", "\"1\"");
        assertThat(kvittens.status()).isEqualTo(422);
        assertThat(kvittens.json().get("detail").asText()).isEqualTo("En anonym avsändare kan inte få kvittens");
        ApiKlient.Svar avslut = olof.post("/api/synpunkter/" + id + "/avslut", "{}", "\"1\"");
        assertThat(avslut.status()).isEqualTo(422);
        assertThat(avslut.json().get("detail").asText()).isEqualTo("Synpunkten kan inte avslutas: utredning saknas");
        assertThat(olof.get("/api/synpunkter/" + id).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void barasEnhetensHandlaggareKvalitetssamordnareOchLedningSerSynpunkten() {
        String id = registrera(olof, ny("KLAGOMAL", "BESOK", "solgarden", idag(), MED_TELEFON));
        assertThat(hanna.get("/api/synpunkter/" + id).status()).isEqualTo(403);
        assertThat(anna.get("/api/synpunkter/" + id).status()).isEqualTo(403);
        assertThat(anna.get("/api/synpunkter").status()).isEqualTo(403);
        assertThat(anna.post("/api/synpunkter", ny("BEROM", "BESOK", "gruppbostad-eken", idag(), null)).status())
                .isEqualTo(403);
        assertThat(hanna.post("/api/synpunkter/" + id + "/kvittens", "{\"satt\":\"Brev\"}", "\"3\"").status())
                .isEqualTo(403);
        assertThat(karin.get("/api/synpunkter/" + id).status()).isEqualTo(200);
        assertThat(olof.get("/api/synpunkter/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(olof.get("/api/synpunkter/inte-ett-id").status()).isEqualTo(400);
        assertThat(ids(hanna.get("/api/synpunkter").json())).doesNotContain(id);
    }

    @Test
    void enSynpunktUtanKandEnhetArForKvalitetssamordnarenTillsDenTilldelats() {
        String id = registrera(karin, ny("FORSLAG", "EPOST", null, idag(), "{\"epost\":\"greta@example.org\"}"));
        assertThat(olof.get("/api/synpunkter/" + id).status()).isEqualTo(403);
        assertThat(ids(karin.get("/api/synpunkter?enhet=okand").json())).contains(id);
        assertThat(ids(karin.get("/api/synpunkter?enhet=solgarden").json())).doesNotContain(id);

        ApiKlient.Svar felHandlaggare = karin.post("/api/synpunkter/" + id + "/tilldelning",
                "{\"enhet\":\"solgarden\",\"handlaggare\":\"hanna\"}", "\"3\"");
        assertThat(felHandlaggare.status()).isEqualTo(400);
        assertThat(felHandlaggare.json().get("fel").get(0).get("falt").asText()).isEqualTo("handlaggare");
        steg(karin, id, "tilldelning", "{\"enhet\":\"solgarden\",\"handlaggare\":\"olof\"}", 3);

        JsonNode synpunkt = olof.get("/api/synpunkter/" + id).json();
        assertThat(synpunkt.get("enhet").asText()).isEqualTo("solgarden");
        assertThat(synpunkt.get("handlaggare").get("anvandarnamn").asText()).isEqualTo("olof");
    }

    @Test
    void felaktigIndataNamnerFaltet() {
        assertThat(falt(olof.post("/api/synpunkter", "{\"kanal\":\"TELEFON\",\"mottagen\":\"" + idag()
                + "\",\"vadHande\":\"x\"}"))).isEqualTo("typ");
        assertThat(falt(olof.post("/api/synpunkter", ny("KLAGOMAL", "E_TJANST", "solgarden", idag(), null))))
                .isEqualTo("kanal");
        assertThat(falt(olof.post("/api/synpunkter", ny("KLAGOMAL", "TELEFON", "solgarden",
                LocalDate.now(SvenskTid.ZON).plusDays(1), null)))).isEqualTo("mottagen");
        assertThat(falt(olof.post("/api/synpunkter", ny("KLAGOMAL", "TELEFON", "finns-inte", idag(), null))))
                .isEqualTo("enhet");
        assertThat(falt(olof.post("/api/synpunkter", ny("KLAGOMAL", "TELEFON", "solgarden", idag(),
                "{\"epost\":\"inte en adress\"}")))).isEqualTo("kontakt.epost");
        assertThat(falt(olof.get("/api/synpunkter?fran=2026-03-10&till=2026-03-01"))).isEqualTo("till");
    }

    @Test
    void enInaktuellVersionGer409OchEttUpprepatIdRegistrerarInteIgen() {
        String id = UUID.randomUUID().toString();
        String kropp = "{\"id\":\"" + id + "\"," + ny("KLAGOMAL", "TELEFON", "solgarden", idag(), MED_TELEFON)
                .substring(1);
        assertThat(olof.post("/api/synpunkter", kropp).status()).isEqualTo(201);
        assertThat(olof.post("/api/synpunkter", kropp).status()).isEqualTo(201);
        assertThat(ids(olof.get("/api/synpunkter").json())).containsOnlyOnce(id);

        steg(olof, id, "kvittens", "{\"satt\":\"Telefon\"}", 3);
        ApiKlient.Svar gammal = olof.post("/api/synpunkter/" + id + "/tilldelning",
                "{\"enhet\":\"solgarden\",\"handlaggare\":\"olof\"}", "\"3\"");
        assertThat(gammal.status()).isEqualTo(409);
        assertThat(olof.get("/api/synpunkter/" + id).json().has("handlaggare")).isFalse();
    }

    @Test
    void vidarebefordranAvslutarHandlaggningenOchUpphaverFristerna() {
        String id = registrera(olof, ny("KLAGOMAL", "PATIENTNAMNDEN", "hemsjukvarden", idag(), MED_TELEFON));
        steg(olof, id, "vidarebefordran", "{\"mottagare\":\"Region Stockholm\","
                + "\"meddelande\":\"Din synpunkt gäller regionens vård och har skickats dit\"}", 3);

        JsonNode synpunkt = olof.get("/api/synpunkter/" + id).json();
        assertThat(synpunkt.get("status").asText()).isEqualTo("VIDAREBEFORDRAD");
        assertThat(synpunkt.get("vidarebefordran").get("mottagare").asText()).isEqualTo("Region Stockholm");
        assertThat(synpunkt.get("frister")).allSatisfy(f -> assertThat(f.get("lage").asText()).isEqualTo("UPPHAVD"));
        assertThat(olof.post("/api/synpunkter/" + id + "/kvittens", "{\"satt\":\"Brev\"}",
                "\"" + synpunkt.get("version").asLong() + "\"").status()).isEqualTo(422);
    }

    @Test
    void listanFiltrerarOchRakningarnaRaknarManadens() {
        String berom = registrera(olof, ny("BEROM", "BESOK", "hemtjanst-norr", idag(), null));
        String klagomal = registrera(olof, ny("KLAGOMAL", "BREV", "hemtjanst-norr", idag(), MED_TELEFON));

        assertThat(ids(olof.get("/api/synpunkter?enhet=hemtjanst-norr&typ=BEROM").json()))
                .contains(berom).doesNotContain(klagomal);
        assertThat(ids(olof.get("/api/synpunkter?enhet=hemtjanst-norr&kanal=BREV").json()))
                .contains(klagomal).doesNotContain(berom);
        assertThat(ids(olof.get("/api/synpunkter?enhet=hemtjanst-norr&fran=" + idag() + "&till=" + idag()
                + "&oppna=true").json())).contains(berom, klagomal);
        assertThat(ids(olof.get("/api/synpunkter?enhet=hemtjanst-norr&forsenade=true").json()))
                .doesNotContain(berom, klagomal);
        assertThat(olof.get("/api/synpunkter?typ=OKAND").status()).isEqualTo(400);

        YearMonth manad = YearMonth.now(SvenskTid.ZON);
        JsonNode statistik = olof.get("/api/synpunkter/statistik?fran=" + manad + "&till=" + manad).json();
        long antal = 0;
        for (JsonNode rakning : statistik.get("rakningar")) {
            if (rakning.get("enhet").asText().equals("hemtjanst-norr")) {
                antal += rakning.get("antal").asLong();
            }
        }
        assertThat(antal).isEqualTo(2);
        assertThat(anna.get("/api/synpunkter/statistik?fran=" + manad + "&till=" + manad).status())
                .isEqualTo(403);
    }

    @Test
    void varjeSlutpunktStarIApiDokumentet() {
        JsonNode vagar = olof.get("/v3/api-docs").json().get("paths");
        for (String steg : List.of("kvittens", "tilldelning", "utredning", "svar", "vidarebefordran", "eskalering",
                "avslut")) {
            assertThat(vagar.has("/api/synpunkter/{id}/" + steg)).as(steg).isTrue();
        }
        assertThat(vagar.has("/api/synpunkter")).isTrue();
        assertThat(vagar.has("/api/synpunkter/statistik")).isTrue();
        assertThat(vagar.has("/api/synpunkter/att-gora")).isTrue();
    }

    private static String ny(String typ, String kanal, String enhet, LocalDate mottagen, String kontakt) {
        return "{\"typ\":\"" + typ + "\",\"kanal\":\"" + kanal + "\","
                + (enhet == null ? "" : "\"enhet\":\"" + enhet + "\",")
                + "\"mottagen\":\"" + mottagen + "\",\"vadHande\":\"<script>alert(1)</script> Maten var kall\","
                + "\"onskemal\":\"Varm mat\"" + (kontakt == null ? "" : ",\"kontakt\":" + kontakt) + "}";
    }

    private static String registrera(ApiKlient klient, String kropp) {
        ApiKlient.Svar svar = klient.post("/api/synpunkter", kropp);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static long steg(ApiKlient klient, String id, String kommando, String kropp, long version) {
        ApiKlient.Svar svar = klient.post("/api/synpunkter/" + id + "/" + kommando, kropp, "\"" + version + "\"");
        assertThat(svar.status()).as(kommando + ": " + svar).isEqualTo(200);
        long ny = svar.json().get("version").asLong();
        assertThat(klient.get("/api/synpunkter/" + id).json().get("version").asLong()).isEqualTo(ny);
        return ny;
    }

    private static List<String> uppgifter(ApiKlient klient, String id) {
        List<String> uppgifter = new ArrayList<>();
        for (JsonNode uppgift : klient.get("/api/synpunkter/att-gora").json()) {
            if (uppgift.get("synpunkt").asText().equals(id)) {
                uppgifter.add(uppgift.get("text").asText());
            }
        }
        return uppgifter;
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

    private static LocalDate idag() {
        return LocalDate.now(SvenskTid.ZON);
    }

    private static LocalDate igar() {
        return idag().minusDays(1);
    }
}
