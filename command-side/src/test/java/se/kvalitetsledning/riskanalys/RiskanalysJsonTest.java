package se.kvalitetsledning.riskanalys;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.testdata.JsonRundtur.json;
import static se.kvalitetsledning.testdata.JsonRundtur.rundtur;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.organisation.EnhetId;

/** Every event reads back equal from the JSON it is stored as, and a snapshot keeps the analysis's state. */
class RiskanalysJsonTest {

    private static final RiskanalysId ID = RiskanalysId.av("2a4c6e8f-0b1d-4f3a-9c5e-7d9f1b3d5f7a");
    private static final RiskId RISK = RiskId.av("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
    private static final Instant NU = Instant.parse("2026-03-16T09:00:00Z");
    private static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    private static final Riskanalysuppgifter UPPGIFTER = new Riskanalysuppgifter(Anledning.EFTER_AVVIKELSE,
            new EnhetId("gruppbostad-eken"), "Läkemedelshantering", Set.of(HANNA), LocalDate.of(2026, 3, 16));
    private static final Riskuppgifter RISKEN = new Riskuppgifter("Fel dos", "Stress vid överlämning",
            new Riskbedomning(3, 2), "Signeringslista", "Dubbelkontroll", new Riskbedomning(3, 1),
            LocalDate.of(2026, 9, 1), new Kalla(Kalltyp.AVVIKELSE, "6f7d2c1e-3b9a-4c55-9a51-0b2f1c7e8d42"));

    static Stream<Object> handelser() {
        return Stream.of(
                new RiskanalysInledd(ID, UPPGIFTER, HANNA, NU),
                new RiskanalysAndrad(ID, UPPGIFTER, HANNA, NU),
                new RiskTillagd(ID, RISK, RISKEN, HANNA, NU),
                new RiskAndrad(ID, RISK, new Riskuppgifter("Fel dos", null, new Riskbedomning(1, 1), null, null, null,
                        null, null), HANNA, NU),
                new RiskBorttagen(ID, RISK, HANNA, NU),
                new RiskanalysFaststalld(ID, HANNA, NU),
                new RiskGranskad(ID, RISK, new Riskbedomning(2, 1), "Bättre", LocalDate.of(2027, 3, 1), false, HANNA,
                        NU));
    }

    @ParameterizedTest
    @MethodSource("handelser")
    void handelsenLasesTillbakaLika(Object handelse) {
        assertThat(rundtur(handelse)).isEqualTo(handelse);
    }

    @Test
    void riskvardeOchFargSparasInteUtanRaknasFramUrSkalorna() {
        assertThat(json(new Riskbedomning(3, 2))).isEqualTo("{\"konsekvens\":3,\"sannolikhet\":2}");
    }

    @Test
    void ogonblicksbildenBehallerRiskerOchFaststallandet() {
        var analys = new Riskanalys();
        analys.on(new RiskanalysInledd(ID, UPPGIFTER, HANNA, NU));
        analys.on(new RiskTillagd(ID, RISK, RISKEN, HANNA, NU));
        analys.on(new RiskanalysFaststalld(ID, HANNA, NU));

        assertThat(json(rundtur(analys))).isEqualTo(json(analys)).contains("\"faststalld\":true");
    }
}
