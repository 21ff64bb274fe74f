package se.kvalitetsledning.sammanstallning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrukarnyckelTest {

    private static final String B17 = "d2fd04ec63028a7dbde71a73f45fc480c41f2932184aad99279f7f2352afff6a";

    @ParameterizedTest
    @ValueSource(strings = {"B-17", "b-17", " B-17 ", "B -17", "b - 1 7", "B-17\t", "\u00a0B-17"})
    void arSha256AvReferensenMedVersalerOchUtanMellanrum(String brukarreferens) {
        assertThat(Brukarnyckel.av(brukarreferens)).isEqualTo(B17);
    }

    @Test
    void skiljerOlikaReferenser() {
        assertThat(Brukarnyckel.av("B-18")).isNotEqualTo(B17);
        assertThat(Brukarnyckel.av("B17")).isNotEqualTo(B17);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void ingenReferensGerIngenNyckel(String brukarreferens) {
        assertThat(Brukarnyckel.av(brukarreferens)).isNull();
    }
}
