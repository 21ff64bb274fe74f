package se.kvalitetsledning.infra.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.AvvikelseFixtures;
import se.kvalitetsledning.infra.test.ForskjutbarKlocka;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/**
 * Computed indikatorer over the real API: three avvikelser at Gruppbostaden Eken closed through it after 0, 8 and 12
 * days give each closing month the median of its handling days, coloured against the target like a value entered
 * by hand; an enhet without performed egenkontroller has 0 performed in every month it is followed.
 */
class BeraknadIndikatorApiIT {

    private static final ForskjutbarKlocka KLOCKA = new ForskjutbarKlocka();
    private static final String EKEN = "gruppbostad-eken";

    /**
     * The application's clock is the test's, so the cases can take days to close. Given to the application
     * explicitly, not annotated {@code @Configuration}, so that no component scan of the test classes picks it up.
     */
    static class TestensKlocka {
        @Bean
        @Primary
        Clock testklocka() {
            return KLOCKA;
        }
    }

    @Test
    void varjeManadFarMedianenAvDeAvvikelserSomAvslutadesDaOchMalensFarg() {
        try (KorandeApplikation app = KorandeApplikation.iMinnetMed(TestensKlocka.class)) {
            ApiKlient karin = app.som("karin");
            ApiKlient hanna = app.som("hanna");
            YearMonth start = YearMonth.now(KLOCKA);
            String tid = definiera(karin, "Avvikelsernas handläggningstid", "LAGRE_AR_BATTRE", 5, 5,
                    "AVVIKELSER_HANDLAGGNINGSTID", start.minusMonths(1));
            String kontroller = definiera(karin, "Genomförda egenkontroller", "HOGRE_AR_BATTRE", 1, 0,
                    "EGENKONTROLLER_GENOMFORDA", start.minusMonths(2));

            LocalDate inkom = LocalDate.now(KLOCKA);
            List<String> avvikelser = new ArrayList<>();
            for (String beskrivning : List.of("Först", "Sedan", "Sist")) {
                avvikelser.add(AvvikelseFixtures.klarForAvslut(app.som("anna"), hanna, beskrivning));
            }
            Map<YearMonth, List<Long>> dagar = new TreeMap<>();
            long[] forskjutning = {0, 8, 4};
            for (int i = 0; i < avvikelser.size(); i++) {
                KLOCKA.forskjut(Duration.ofDays(forskjutning[i]));
                avsluta(hanna, avvikelser.get(i));
                LocalDate idag = LocalDate.now(KLOCKA);
                dagar.computeIfAbsent(YearMonth.from(idag), m -> new ArrayList<>())
                        .add(ChronoUnit.DAYS.between(inkom, idag));
            }

            Map<String, Long> vantat = new TreeMap<>();
            dagar.forEach((manad, d) -> vantat.put(manad.toString(), median(d)));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(varden(hanna.get("/api/indikatorer/" + tid).json())).isEqualTo(vantat));
            JsonNode indikator = hanna.get("/api/indikatorer/" + tid).json();
            indikator.get("varden").forEach(v -> {
                long varde = v.get("varde").asLong();
                String farg = varde <= 5 ? "GRON" : varde <= 10 ? "GUL" : "ROD";
                assertThat(v.get("farg").asText()).as(v.toString()).isEqualTo(farg);
                assertThat(v.get("malvarde").get("mal").asInt()).isEqualTo(5);
            });
            JsonNode lista = hanna.get("/api/indikatorer?enhet=" + EKEN).json();
            assertThat(lista).anySatisfy(i -> {
                assertThat(i.get("id").asText()).isEqualTo(tid);
                assertThat(varden(i)).isEqualTo(vantat);
            });

            JsonNode genomforda = hanna.get("/api/indikatorer/" + kontroller).json().get("varden");
            YearMonth nu = YearMonth.now(KLOCKA);
            assertThat(genomforda).hasSize((int) ChronoUnit.MONTHS.between(start.minusMonths(2), nu) + 1)
                    .allSatisfy(v -> {
                        assertThat(v.get("varde").asInt()).isZero();
                        assertThat(v.get("farg").asText()).isEqualTo("ROD");
                    });
        }
    }

    /** The median as the summary takes it: of an even count the mean of the middle two, rounded down. */
    private static long median(List<Long> dagar) {
        List<Long> sorterade = dagar.stream().sorted().toList();
        int n = sorterade.size();
        return n % 2 == 1 ? sorterade.get(n / 2) : (sorterade.get(n / 2 - 1) + sorterade.get(n / 2)) / 2;
    }

    private static Map<String, Long> varden(JsonNode indikator) {
        Map<String, Long> varden = new TreeMap<>();
        indikator.get("varden").forEach(v -> varden.put(v.get("manad").asText(), v.get("varde").asLong()));
        return varden;
    }

    private static void avsluta(ApiKlient hanna, String id) {
        long version = hanna.get("/api/avvikelser/" + id).json().get("version").asLong();
        ApiKlient.Svar svar = hanna.post("/api/avvikelser/" + id + "/avslut", "{}", "\"" + version + "\"");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
    }

    private static String definiera(ApiKlient karin, String namn, String riktning, int mal, int gul, String kalla,
                                    YearMonth fran) {
        ApiKlient.Svar svar = karin.post("/api/indikatorer", """
                {"enhet":"%s","namn":"%s","enhetsbeteckning":"dagar","riktning":"%s","mal":%d,"gulMarginal":%d,
                 "kalla":"%s","fran":"%s"}""".formatted(EKEN, namn, riktning, mal, gul, kalla, fran));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }
}
