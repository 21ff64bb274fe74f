package se.kvalitetsledning.infra.handelselager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.avvikelse.AvvikelseKlassificerad;
import se.kvalitetsledning.avvikelse.AvvikelseRegistrerad;

class OforanderligaTest {

    enum Slag { ETT }

    record Inre(UUID id, int tal, Slag slag) {
    }

    record Varde(String text, Instant tid, LocalDate dag, YearMonth manad, Long antal, Inre inre) {
    }

    record Kedja(String namn, Kedja nasta) {
    }

    record MedLista(String namn, List<String> texter) {
    }

    record MedObjekt(Object vad) {
    }

    record MedFalt(int[] tal) {
    }

    record MedDatum(Date dag) {
    }

    static final class Klass {
        final String namn = "";
    }

    private final Oforanderliga oforanderliga = new Oforanderliga();

    @Test
    void vardenUppraknadeMetadataOchPosterAvSadanaKanInteAndras() {
        assertThat(List.of(String.class, int.class, Instant.class, LocalDate.class, YearMonth.class, Slag.class,
                MetaData.class, Inre.class, Varde.class, Kedja.class, AvvikelseRegistrerad.class))
                .allMatch(oforanderliga::ar);
    }

    @Test
    void samlingarFaltVidareTyperOchKlasserKanAndras() {
        assertThat(List.of(List.class, ArrayList.class, MedLista.class, MedObjekt.class, MedFalt.class,
                MedDatum.class, Date.class, Klass.class, Object.class, AvvikelseKlassificerad.class))
                .noneMatch(oforanderliga::ar);
    }
}
