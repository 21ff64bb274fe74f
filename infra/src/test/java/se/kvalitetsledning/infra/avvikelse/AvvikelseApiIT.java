package se.kvalitetsledning.infra.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.infra.test.AvvikelseFixtures.ny;
import static se.kvalitetsledning.infra.test.AvvikelseFixtures.registrera;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/** An avvikelse from filing to closing through the real API, with the read side checked after each step. */
class AvvikelseApiIT {

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
    void enAvvikelseFranRapportTillAvslut() {
        ApiKlient.Svar skapad = anna.post("/api/avvikelser", ny("gruppbostad-eken", "Brukaren fick fel mat"));
        assertThat(skapad.status()).isEqualTo(201);
        String id = skapad.json().get("id").asText();
        assertThat(skapad.header("Location")).isEqualTo("/api/avvikelser/" + id);

        JsonNode registrerad = hanna.get("/api/avvikelser/" + id).json();
        assertThat(registrerad.get("status").asText()).isEqualTo("REGISTRERAD");
        assertThat(registrerad.get("rapportor").get("namn").asText()).isEqualTo("Anna Andersson");

        steg(hanna, id, "tilldelning", """
                {"handlaggare":"hanna"}""", 1);
        steg(hanna, id, "klassificering", """
                {"kategori":"bemotande","kvalitetsomraden":["SJALVBESTAMMANDE_OCH_INTEGRITET"],"konsekvens":2,"sannolikhet":3}""", 2);
        steg(hanna, id, "utredning", """
                {"orsaksomraden":["KOMMUNIKATION_INFORMATION"],"bakomliggandeOrsaker":["TIDSBRIST"],"analys":"Ny vikarie utan introduktion"}""", 3);
        ApiKlient.Svar nekad = hanna.post("/api/avvikelser/" + id + "/avslut", "{}", "\"3\"");
        assertThat(nekad.status()).isEqualTo(422);
        assertThat(nekad.json().get("detail").asText())
                .isEqualTo("Avvikelsen kan inte avslutas: återkoppling saknas, frågan om lex Sarah är obesvarad");
        steg(hanna, id, "lex-sarah/avskrivning", """
                {"text":"Inget missförhållande: ingen skada och ingen risk för upprepning"}""", 4);
        steg(hanna, id, "aterkoppling", """
                {"text":"Tack! Vi har sett över introduktionen av vikarier."}""", 5);
        steg(hanna, id, "avslut", "{}", 6);

        JsonNode avslutad = hanna.get("/api/avvikelser/" + id).json();
        assertThat(avslutad.get("status").asText()).isEqualTo("AVSLUTAD");
        assertThat(avslutad.get("klassificering").get("riskvarde").asInt()).isEqualTo(6);
        assertThat(avslutad.get("klassificering").get("farg").asText()).isEqualTo("GUL");
        assertThat(avslutad.get("historik")).hasSize(7);
        assertThat(avslutad.get("historik").get(6).get("av").asText()).isEqualTo("Hanna Holm");

        JsonNode mina = anna.get("/api/avvikelser/mina").json();
        JsonNode min = hitta(mina.get("rapporter"), id);
        assertThat(min.get("status").asText()).isEqualTo("AVSLUTAD");
        assertThat(min.get("aterkoppling").asText()).isEqualTo("Tack! Vi har sett över introduktionen av vikarier.");
        assertThat(min.has("utredning")).isFalse();
        assertThat(anna.get("/api/avvikelser/" + id).status())
                .as("the reporter does not see the investigation").isEqualTo(404);

        ApiKlient.Svar efterAvslut = hanna.post("/api/avvikelser/" + id + "/aterkoppling", """
                {"text":"Något till"}""", "\"6\"");
        assertThat(efterAvslut.status()).isEqualTo(422);
        assertThat(efterAvslut.json().get("detail").asText()).contains("kan bara ändras genom att återöppnas");
        steg(hanna, id, "ateroppning", """
                {"text":"Brukaren hörde av sig igen"}""", 7);
    }

    @Test
    void denAndraSomAndrarSammaVersionFar409() {
        String id = registrera(anna, "Larmet fungerade inte");
        ApiKlient.Svar forsta = hanna.post("/api/avvikelser/" + id + "/aterkoppling", """
                {"text":"Larmet byts"}""", "\"0\"");
        ApiKlient.Svar andra = karin.post("/api/avvikelser/" + id + "/aterkoppling", """
                {"text":"Larmet lagas"}""", "\"0\"");
        assertThat(forsta.status()).isEqualTo(200);
        assertThat(andra.status()).isEqualTo(409);
        assertThat(andra.header("Content-Type")).startsWith("application/problem+json");
        JsonNode avvikelse = hanna.get("/api/avvikelser/" + id).json();
        assertThat(avvikelse.get("aterkoppling").asText()).isEqualTo("Larmet byts");
        assertThat(hanna.get("/api/avvikelser/" + id).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void ettKommandoUtanVersionGer428() {
        String id = registrera(anna, "Utan version");
        ApiKlient.Svar svar = hanna.post("/api/avvikelser/" + id + "/aterkoppling", """
                {"text":"Blind ändring"}""");
        assert428(svar);
        assert428(hanna.post("/api/avvikelser/" + id + "/avslut", ""));
        assertThat(hanna.get("/api/avvikelser/" + id).json().has("aterkoppling")).isFalse();
    }

    private static void assert428(ApiKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(428);
        assertThat(svar.json().get("fel").get(0).get("falt").asText()).isEqualTo("version");
    }

    @Test
    void sammaRapportSkickadTvaGangerRegistrerasEnGang() {
        long fore = antalMina(anna);
        String id = "0b6f7d1c-4d8e-4f7a-9a51-1e7c2d3b4a59";
        String rapport = ny("gruppbostad-eken", "Dubbeltryck").replace("{", "{\"id\":\"" + id + "\",");
        ApiKlient.Svar forsta = anna.post("/api/avvikelser", rapport);
        ApiKlient.Svar andra = anna.post("/api/avvikelser", rapport);
        assertThat(forsta.status()).isEqualTo(201);
        assertThat(andra.status()).isEqualTo(201);
        assertThat(andra.json().get("id").asText()).isEqualTo(id);
        assertThat(antalMina(anna)).isEqualTo(fore + 1);
        assertThat(app.som("erik").post("/api/avvikelser", rapport.replace("gruppbostad-eken", "hemtjanst-norr"))
                .status()).as("another reporter cannot reuse the id").isEqualTo(400);
    }

    @Test
    void listanFiltrerarPaStatusOchText() {
        String id = registrera(anna, "Unik händelse med rullstolen");
        JsonNode sida = hanna.get("/api/avvikelser?enhet=gruppbostad-eken&status=REGISTRERAD&text=RULLSTOLEN").json();
        assertThat(sida.get("rader")).extracting(r -> r.get("id").asText()).containsExactly(id);
        JsonNode avslutade = hanna.get("/api/avvikelser?status=AVSLUTAD&text=rullstolen").json();
        assertThat(avslutade.get("totalt").asLong()).isZero();
        JsonNode annanEnhet = olof.get("/api/avvikelser?enhet=gruppbostad-eken&text=rullstolen").json();
        assertThat(annanEnhet.get("totalt").asLong()).as("olof handles other enheter").isZero();
    }

    @Test
    void apiDokumentetBeskriverKommandona() {
        JsonNode dokument = anna.get("/v3/api-docs").json();
        assertThat(dokument.get("paths").has("/api/avvikelser")).isTrue();
        assertThat(dokument.get("paths").has("/api/avvikelser/{id}/klassificering")).isTrue();
        assertThat(anna.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Nested
    class FelaktigIndata {

        @Test
        void saknadeFaltNamnsOchIngentingSparas() {
            long fore = antalMina(anna);
            ApiKlient.Svar svar = anna.post("/api/avvikelser", """
                    {"enhet":"gruppbostad-eken"}""");
            assertThat(svar.status()).isEqualTo(400);
            assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
            assertThat(svar.json().get("fel")).extracting(f -> f.get("falt").asText())
                    .containsExactlyInAnyOrder("intraffade", "beskrivning");
            assertThat(antalMina(anna)).isEqualTo(fore);
        }

        @Test
        void forLangText() {
            ApiKlient.Svar svar = anna.post("/api/avvikelser", ny("gruppbostad-eken", "x".repeat(4001)));
            assertThat(svar.status()).isEqualTo(400);
            assertThat(svar.json().get("fel").get(0).get("falt").asText()).isEqualTo("beskrivning");
            assertThat(svar.json().get("fel").get(0).get("regel").asText()).isEqualTo("Högst 4000 tecken");
        }

        @Test
        void tidpunktIFramtiden() {
            String imorgon = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusDays(1)
                    .truncatedTo(ChronoUnit.MINUTES).toString();
            ApiKlient.Svar svar = anna.post("/api/avvikelser", """
                    {"enhet":"gruppbostad-eken","intraffade":"%s","beskrivning":"Sker i morgon"}""".formatted(imorgon));
            assertThat(svar.status()).isEqualTo(400);
            assertThat(svar.json().get("fel").get(0).get("falt").asText()).isEqualTo("intraffade");
        }

        @Test
        void tidpunktMedTidszonAvvisas() {
            ApiKlient.Svar svar = anna.post("/api/avvikelser", """
                    {"enhet":"gruppbostad-eken","intraffade":"2026-01-05T13:30Z","beskrivning":"Med Z"}""");
            assertThat(svar.status()).isEqualTo(400);
            assertThat(svar.json().get("fel").get(0).get("falt").asText()).isEqualTo("intraffade");
        }

        @Test
        void felInnehallstypGer415() {
            assertThat(anna.postText("/api/avvikelser", "enhet=gruppbostad-eken").status()).isEqualTo(415);
        }

        @Test
        void okandEnhetOchOkandKategori() {
            ApiKlient.Svar enhet = anna.post("/api/avvikelser", ny("finns-inte", "Något"));
            assertThat(enhet.status()).isEqualTo(400);
            assertThat(enhet.json().get("fel").get(0).get("falt").asText()).isEqualTo("enhet");
            ApiKlient.Svar kategori = anna.post("/api/avvikelser", ny("gruppbostad-eken", "Något")
                    .replace("\"plats\"", "\"kategori\":\"finns-inte\",\"plats\""));
            assertThat(kategori.status()).isEqualTo(400);
            assertThat(kategori.json().get("fel").get(0).get("falt").asText()).isEqualTo("kategori");
        }

        @Test
        void trasigJsonOchFelTyp() {
            assertThat(anna.post("/api/avvikelser", "{\"enhet\":").status()).isEqualTo(400);
            ApiKlient.Svar felTyp = anna.post("/api/avvikelser", ny("gruppbostad-eken", "Något")
                    .replace("\"konsekvensForPerson\":2", "\"konsekvensForPerson\":\"mycket\""));
            assertThat(felTyp.status()).isEqualTo(400);
            assertThat(felTyp.json().get("fel").get(0).get("falt").asText()).isEqualTo("konsekvensForPerson");
            assertThat(hanna.get("/api/avvikelser/inte-ett-id").status()).isEqualTo(400);
        }

        @Test
        void enhetManInteTillhorGer403() {
            long fore = antalMina(anna);
            ApiKlient.Svar svar = anna.post("/api/avvikelser", ny("hemtjanst-norr", "Något"));
            assertThat(svar.status()).isEqualTo(403);
            assertThat(svar.json().get("detail").asText()).contains("enheter du tillhör");
            assertThat(antalMina(anna)).isEqualTo(fore);
        }

        @Test
        void medarbetareSomHandlaggerGer403() {
            String id = registrera(anna, "Något hände");
            ApiKlient.Svar svar = anna.post("/api/avvikelser/" + id + "/aterkoppling", """
                    {"text":"Jag bestämmer själv","version":0}""");
            assertThat(svar.status()).isEqualTo(403);
            assertThat(hanna.get("/api/avvikelser/" + id).json().has("aterkoppling")).isFalse();
        }

        @Test
        void utanInloggningGer401() {
            assertThat(app.som("okand").get("/api/avvikelser").status()).isEqualTo(401);
        }
    }

    @Test
    void minaRapporterKommerISidorSenastRegistreradForst() {
        String forsta = registrera(anna, "Först i sidorna");
        String andra = registrera(anna, "Sedan i sidorna");
        String tredje = registrera(anna, "Sist i sidorna");

        JsonNode sida = anna.get("/api/avvikelser/mina?sida=0&storlek=2").json();
        JsonNode nasta = anna.get("/api/avvikelser/mina?sida=1&storlek=2").json();

        assertThat(sida.get("rapporter").findValuesAsText("id")).containsExactly(tredje, andra);
        assertThat(sida.get("totalt").asLong()).isEqualTo(antalMina(anna)).isGreaterThanOrEqualTo(3);
        assertThat(nasta.get("rapporter").get(0).get("id").asText()).isEqualTo(forsta);
        assertThat(nasta.get("sida").asInt()).isEqualTo(1);
        assertThat(nasta.get("storlek").asInt()).isEqualTo(2);
    }

    private static void steg(ApiKlient som, String id, String kommando, String json, long nyVersion) {
        ApiKlient.Svar svar = som.post("/api/avvikelser/" + id + "/" + kommando, json, "\"" + (nyVersion - 1) + "\"");
        assertThat(svar.status()).as(kommando + ": " + svar).isEqualTo(200);
        assertThat(svar.json().get("version").asLong()).isEqualTo(nyVersion);
    }

    private static JsonNode hitta(JsonNode lista, String id) {
        for (JsonNode n : lista) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("Saknas: " + id + " i " + lista);
    }

    private static long antalMina(ApiKlient som) {
        return som.get("/api/avvikelser/mina").json().get("totalt").asLong();
    }
}
