package se.kvalitetsledning.infra.kvalitetsberattelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.kvalitetsledning.infra.api.OgiltigIndata;

class TidpunktTest {

    private static final Instant NU = Instant.parse("2027-03-15T09:00:00Z");

    @Test
    void ettDatumGallerTillDagensSlutISverige() {
        assertThat(Tidpunkt.tolka("2027-02-01", NU)).isEqualTo(Instant.parse("2027-02-01T22:59:59.999999999Z"));
        assertThat(Tidpunkt.tolka("2026-07-01", NU)).isEqualTo(Instant.parse("2026-07-01T21:59:59.999999999Z"));
    }

    @Test
    void idagSlutarNu() {
        assertThat(Tidpunkt.tolka("2027-03-15", NU)).isEqualTo(NU);
    }

    @Test
    void enTidpunktMedTidszonGallerExakt() {
        assertThat(Tidpunkt.tolka("2027-02-01T10:15:30.5Z", NU)).isEqualTo(Instant.parse("2027-02-01T10:15:30.5Z"));
        assertThat(Tidpunkt.tolka("2027-02-01T10:15:30+01:00", NU)).isEqualTo(Instant.parse("2027-02-01T09:15:30Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "igar", "2027-02-30", "2027-02-01T10:15", "{\"$gt\":\"\"}", "2027-03-16",
            "2027-03-15T09:00:01Z"})
    void annatAvvisasMedFaltetDatum(String text) {
        assertThatThrownBy(() -> Tidpunkt.tolka(text, NU)).isInstanceOfSatisfying(OgiltigIndata.class,
                fel -> assertThat(fel.falt()).isEqualTo("datum"));
    }
}
