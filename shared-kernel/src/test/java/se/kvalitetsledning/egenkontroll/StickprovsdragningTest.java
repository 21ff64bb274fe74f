package se.kvalitetsledning.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StickprovsdragningTest {

    private static final List<String> AKTER = IntStream.rangeClosed(1, 549).mapToObj(i -> "LSS-2026-" + i).toList();

    @Test
    void sammaListaOchFroGerSammaStickprov() {
        Stickprov forsta = Stickprovsdragning.ur(AKTER, 165, 20260315L);
        Stickprov andra = Stickprovsdragning.ur(AKTER, 165, 20260315L);

        assertThat(forsta).isEqualTo(andra);
        assertThat(forsta.poster()).hasSize(165).doesNotHaveDuplicates().isSubsetOf(AKTER);
        assertThat(forsta.poster()).as("in the list's order").isSortedAccordingTo(
                (a, b) -> Integer.compare(AKTER.indexOf(a), AKTER.indexOf(b)));
        assertThat(forsta.fro()).isEqualTo(20260315L);
        assertThat(forsta.visning()).isEqualTo("165 av 549 = 30 %");
    }

    @Test
    void ettAnnatFroGerEttAnnatStickprov() {
        assertThat(Stickprovsdragning.ur(AKTER, 40, 1L).poster())
                .isNotEqualTo(Stickprovsdragning.ur(AKTER, 40, 2L).poster());
    }

    @Test
    void utanListaDrasPositionerIPopulationen() {
        Stickprov stickprov = Stickprovsdragning.urNumrering(549, 40, 7L);

        assertThat(stickprov.poster()).hasSize(40).doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(Integer.parseInt(p)).isBetween(1, 549));
        assertThat(stickprov.populationsstorlek()).isEqualTo(549);
    }

    @Test
    void helaPopulationenHarIngetFro() {
        Stickprov hela = Stickprovsdragning.helaNumreringen(3);

        assertThat(hela).isEqualTo(new Stickprov(3, List.of("1", "2", "3"), null));
        assertThat(hela.visning()).isEqualTo("3 av 3 = 100 %");
    }
}
