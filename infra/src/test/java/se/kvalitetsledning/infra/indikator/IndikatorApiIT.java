package se.kvalitetsledning.infra.indikator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/** An enhet's goal through the real API: defined, values entered and corrected, a new target, who may do what. */
class IndikatorApiIT {

    private static final YearMonth DENNA = YearMonth.now(SvenskTid.ZON);
    private static final YearMonth FORRA = DENNA.minusMonths(1);

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
    }

    @AfterAll
    static void stoppa() {
        app.close();
    }

    @Test
    void ettMalFoljsManadForManadOchEnRattelseBehallerDetForstaVardet() {
        String id = definiera("Ärenden per handläggare, vuxna", "LAGRE_AR_BATTRE", 55, 5, "MANUELL");

        long v = steg(hanna, id, "varden", "{\"manad\":\"" + FORRA + "\",\"varde\":58}", 0);
        v = steg(hanna, id, "varden", "{\"manad\":\"" + DENNA + "\",\"varde\":61,\"kommentar\":\"Två vakanser\"}", v);
        v = steg(karin, id, "varden", "{\"manad\":\"" + DENNA + "\",\"varde\":59}", v);
        steg(karin, id, "mal", "{\"mal\":50,\"gulMarginal\":5,\"fran\":\"" + DENNA + "\"}", v);

        JsonNode indikator = hanna.get("/api/indikatorer/" + id).json();
        JsonNode varden = indikator.get("varden");
        assertThat(varden).hasSize(2);
        assertThat(varden.get(0).get("farg").asText()).isEqualTo("GUL");
        assertThat(varden.get(1).get("varde").asInt()).isEqualTo(59);
        assertThat(varden.get(1).get("farg").asText()).isEqualTo("ROD");
        assertThat(varden.get(1).get("av").get("anvandarnamn").asText()).isEqualTo("karin");
        assertThat(varden.get(1).get("tidigare").get(0).get("varde").asInt()).isEqualTo(61);
        assertThat(varden.get(1).get("tidigare").get(0).get("kommentar").asText()).isEqualTo("Två vakanser");
        assertThat(indikator.get("mal")).hasSize(2);
    }

    @Test
    void vemSomFarGoraVad() {
        String id = definiera("Uppföljningar per månad", "HOGRE_AR_BATTRE", 22, 2, "MANUELL");
        ApiKlient.Svar hannaDefinierar = hanna.post("/api/indikatorer", ny("Egen", "HOGRE_AR_BATTRE", 1, 0, "MANUELL"));
        assertThat(hannaDefinierar.status()).isEqualTo(403);
        assertThat(anna.get("/api/indikatorer/" + id).status()).isEqualTo(403);
        assertThat(anna.post("/api/indikatorer/" + id + "/varden", "{\"manad\":\"" + DENNA + "\",\"varde\":3}",
                "\"0\"").status()).isEqualTo(403);
        assertThat(anna.get("/api/indikatorer").json()).noneSatisfy(i ->
                assertThat(i.get("id").asText()).isEqualTo(id));
        assertThat(hanna.get("/api/indikatorer?enhet=myndighet-lss").json()).anySatisfy(i ->
                assertThat(i.get("id").asText()).isEqualTo(id));
    }

    @Test
    void reglerOchFelaktigIndataNamnerFaltet() {
        String beraknad = definiera("Handläggningstid", "LAGRE_AR_BATTRE", 30, 10, "AVVIKELSER_HANDLAGGNINGSTID");
        ApiKlient.Svar forHand = hanna.post("/api/indikatorer/" + beraknad + "/varden",
                "{\"manad\":\"" + DENNA + "\",\"varde\":12}", "\"0\"");
        assertThat(forHand.status()).isEqualTo(422);
        assertThat(forHand.json().get("detail").asText()).contains("beräknas ur systemets egna händelser");

        String id = definiera("Domar i linje med förslaget", "HOGRE_AR_BATTRE", 85, 5, "MANUELL");
        assertThat(falt(hanna.post("/api/indikatorer/" + id + "/varden", "{\"manad\":\"2026-13\",\"varde\":90}",
                "\"0\""))).isEqualTo("manad");
        assertThat(falt(hanna.post("/api/indikatorer/" + id + "/varden", "{\"manad\":\"" + DENNA
                + "\",\"varde\":-1}", "\"0\""))).isEqualTo("varde");
        ApiKlient.Svar framtid = hanna.post("/api/indikatorer/" + id + "/varden", "{\"manad\":\"" + DENNA.plusMonths(1)
                + "\",\"varde\":90}", "\"0\"");
        assertThat(framtid.status()).isEqualTo(422);
        assertThat(falt(karin.post("/api/indikatorer", ny("", "HOGRE_AR_BATTRE", 1, 0, "MANUELL")))).isEqualTo("namn");
        assertThat(falt(karin.post("/api/indikatorer", ny("X", "UPPAT", 1, 0, "MANUELL")))).isEqualTo("riktning");
        assertThat(falt(karin.post("/api/indikatorer", ny("X", "HOGRE_AR_BATTRE", 1, -2, "MANUELL"))))
                .isEqualTo("gulMarginal");
        assertThat(karin.post("/api/indikatorer/" + id + "/varden", "{\"manad\":\"" + DENNA + "\",\"varde\":90}",
                "\"7\"").status()).isEqualTo(409);
    }

    private static String ny(String namn, String riktning, int mal, int gul, String kalla) {
        return ("{\"enhet\":\"myndighet-lss\",\"namn\":\"%s\",\"enhetsbeteckning\":\"ärenden\",\"riktning\":\"%s\","
                + "\"mal\":%d,\"gulMarginal\":%d,\"kalla\":\"%s\",\"fran\":\"%s\"}")
                .formatted(namn, riktning, mal, gul, kalla, FORRA);
    }

    private static String definiera(String namn, String riktning, int mal, int gul, String kalla) {
        ApiKlient.Svar svar = karin.post("/api/indikatorer", ny(namn, riktning, mal, gul, kalla));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static long steg(ApiKlient klient, String id, String kommando, String kropp, long version) {
        ApiKlient.Svar svar = klient.post("/api/indikatorer/" + id + "/" + kommando, kropp, "\"" + version + "\"");
        assertThat(svar.status()).as(kommando + ": " + svar).isEqualTo(200);
        long ny = svar.json().get("version").asLong();
        assertThat(klient.get("/api/indikatorer/" + id).json().get("version").asLong()).isEqualTo(ny);
        return ny;
    }

    private static String falt(ApiKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        return svar.json().get("fel").get(0).get("falt").asText();
    }
}
