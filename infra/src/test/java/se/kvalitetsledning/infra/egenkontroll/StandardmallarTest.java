package se.kvalitetsledning.infra.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.kvalitetsledning.egenkontroll.Mallgranskning;

class StandardmallarTest {

    @Test
    void varjeMallIFilenKanPubliceras() {
        assertThat(Standardmallar.mallar()).extracting(Standardmallar.Mall::namn).containsExactly(
                "Aktgranskning, myndighet LSS/SoL", "Genomförandeplan, utförare", "Barnperspektiv",
                "Dokumentation och rättssäkerhet");
        assertThat(Standardmallar.mallar()).allSatisfy(m -> assertThat(Mallgranskning.fel(m.innehall()))
                .as(m.namn()).isEmpty());
    }

    @Test
    void idtFarSammaVardeVarjeGang() {
        assertThat(Standardmallar.id("barnperspektiv")).isEqualTo(Standardmallar.id("barnperspektiv"))
                .isNotEqualTo(Standardmallar.id("genomforandeplan-utforare"));
    }
}
