package se.kvalitetsledning.infra.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * The demo data on an empty store: avvikelser, lex Sarah cases in every stage and Myndighet LSS's example goals,
 * through the real commands.
 */
class DemodataIT {

    @Test
    void demodataGerAvvikelserOchLexSarahArendenIOlikaSkeden() {
        try (KorandeApplikation app = KorandeApplikation.iMinnet("--kvalitetsledning.demodata.aktiv=true",
                "--kvalitetsledning.demodata.antal-avvikelser=200")) {
            ApiKlient karin = app.som("karin");
            // ten rapporter filed directly, and a case for each escalated avvikelse
            await().atMost(Duration.ofSeconds(60)).until(() -> arenden(karin).stream()
                    .filter(a -> a.get("rapportsatt").asText().equals("SKRIFTLIG")).count() == 10);
            await().atMost(Duration.ofSeconds(30)).until(() -> arenden(karin).stream()
                    .anyMatch(a -> a.get("rapportsatt").asText().equals("FRAN_AVVIKELSE")));

            List<JsonNode> arenden = arenden(karin);
            assertThat(arenden).extracting(a -> a.get("stadium").asText()).contains("AVSLUTAD", "MOTTAGEN");
            assertThat(arenden).anySatisfy(a -> assertThat(a.has("diarienummer")).isTrue());
            // the 200 and those escalated from synpunkter; a synpunkt for every ten avvikelser
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> karin.get("/api/avvikelser?storlek=1").json().get("totalt").asLong() >= 200);
            await().atMost(Duration.ofSeconds(30)).until(() -> karin.get("/api/synpunkter").json().size() == 20);
            assertThat(karin.get("/api/synpunkter").json()).extracting(s -> s.get("status").asText())
                    .contains("AVSLUTAD", "TILLDELAD");

            // Myndighet LSS's example goals with their months before this one; seeding again adds nothing
            await().atMost(Duration.ofSeconds(30)).until(() -> indikatorer(karin).size() == 6);
            assertThat(indikatorer(karin))
                    .allSatisfy(i -> assertThat(i.get("varden")).hasSize(Indikatorexempel.MANADER))
                    .flatExtracting(i -> i.get("varden").findValuesAsText("farg")).contains("GRON", "ROD");
            var anvandare = app.bona(Anvandarkatalog.class);
            int igen = app.bona(Indikatorexempel.class).genomfor(new Random(1),
                    anvandare.hitta("karin").orElseThrow(), anvandare.hitta("hanna").orElseThrow(), Instant.now());
            assertThat(igen).isZero();
            assertThat(indikatorer(karin)).hasSize(6);
        }
    }

    @Test
    void efterEnOmstartFinnsExempelmalenEnGang(@TempDir Path data) {
        List<String> demodata = List.of("--kvalitetsledning.demodata.aktiv=true",
                "--kvalitetsledning.demodata.antal-avvikelser=20");
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data, demodata)) {
            ApiKlient karin = app.som("karin");
            // the last of the generated history: once the synpunkter are there, the goals are too
            await().atMost(Duration.ofSeconds(60)).until(() -> karin.get("/api/synpunkter").json().size() == 2);
            assertThat(indikatorer(karin)).hasSize(6);
        }
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data, demodata)) {
            List<JsonNode> indikatorer = indikatorer(app.som("karin"));
            assertThat(indikatorer).hasSize(6)
                    .allSatisfy(i -> assertThat(i.get("varden")).hasSize(Indikatorexempel.MANADER));
        }
    }

    private static List<JsonNode> indikatorer(ApiKlient klient) {
        List<JsonNode> indikatorer = new ArrayList<>();
        klient.get("/api/indikatorer?enhet=myndighet-lss").json().forEach(indikatorer::add);
        return indikatorer;
    }

    private static List<JsonNode> arenden(ApiKlient klient) {
        int ar = LocalDate.now(SvenskTid.ZON).getYear();
        List<JsonNode> arenden = new ArrayList<>();
        for (int i = ar - 1; i <= ar; i++) {
            klient.get("/api/lex-sarah?ar=" + i).json().forEach(arenden::add);
        }
        return arenden;
    }
}
