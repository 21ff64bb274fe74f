package se.kvalitetsledning.infra.handelselager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseKlassificerad;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.kategori.KategoriId;

class OforanderligaTest {

    enum Slag { ETT, TVA }

    record Inre(UUID id, int tal, Slag slag) {
    }

    record Varde(String text, Instant tid, LocalDate dag, YearMonth manad, Long antal, Inre inre) {
    }

    record Kedja(String namn, Kedja nasta) {
    }

    record MedSamlingar(Set<Slag> slag, List<Inre> inre, Map<String, Inre> karta) {
    }

    record Yttre(String namn, MedSamlingar samlingar) {
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
        Inre inre = new Inre(UUID.randomUUID(), 1, Slag.ETT);
        assertThat(List.of("text", 1, Instant.EPOCH, LocalDate.EPOCH, YearMonth.of(2026, 11), Slag.TVA,
                MetaData.with("k", "v"), inre, new Varde("t", Instant.EPOCH, null, null, 2L, inre),
                new Kedja("a", new Kedja("b", null)))).allMatch(oforanderliga::ar);
    }

    @Test
    void enPostMedSamlingarKanInteAndrasNarSamlingarnaArJdksOforanderligaAvSadant() {
        Inre inre = new Inre(UUID.randomUUID(), 1, Slag.ETT);
        MedSamlingar oforanderlig = new MedSamlingar(Set.of(Slag.ETT), List.of(inre), Map.of("a", inre));

        assertThat(oforanderliga.ar(oforanderlig)).isTrue();
        assertThat(oforanderliga.ar(new Yttre("y", oforanderlig))).isTrue();
        assertThat(oforanderliga.ar(new MedSamlingar(null, List.of(), Map.of()))).isTrue();
        assertThat(oforanderliga.ar(new MedSamlingar(new HashSet<>(Set.of(Slag.ETT)), List.of(), Map.of())))
                .isFalse();
        assertThat(oforanderliga.ar(new MedSamlingar(Set.of(), new ArrayList<>(), Map.of()))).isFalse();
        assertThat(oforanderliga.ar(new MedSamlingar(Set.of(), List.of(), new HashMap<>()))).isFalse();
        assertThat(oforanderliga.ar(new Yttre("y", new MedSamlingar(new HashSet<>(), List.of(), Map.of()))))
                .isFalse();
        assertThat(oforanderliga.ar(List.of(new MedObjekt("x")))).isFalse();
    }

    @Test
    void enKlassificeringKopierarSinaOmradenOchKanInteAndras() {
        var klassificerad = new AvvikelseKlassificerad(new AvvikelseId(UUID.randomUUID()), new KategoriId("fall"),
                new HashSet<>(Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET)), 2, 3, new Anvandare("anna", "Anna"),
                Instant.EPOCH);

        assertThat(oforanderliga.ar(klassificerad)).isTrue();
    }

    @Test
    void samlingarSomKanAndrasFaltVidareTyperOchKlasserKanAndras() {
        assertThat(List.of(new ArrayList<>(), new HashSet<>(), new HashMap<>(), new MedObjekt("x"),
                new MedFalt(new int[] {1}), new MedDatum(new Date()), new Date(), new Klass(), new Object()))
                .noneMatch(oforanderliga::ar);
    }
}
