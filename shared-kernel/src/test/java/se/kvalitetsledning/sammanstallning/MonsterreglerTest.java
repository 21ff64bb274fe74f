package se.kvalitetsledning.sammanstallning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.kvalitetsledning.sammanstallning.Monsterflagga.Avser;
import se.kvalitetsledning.sammanstallning.Monsterunderlag.Koncentration;
import se.kvalitetsledning.sammanstallning.Monsterunderlag.Manadsantal;

class MonsterreglerTest {

    private static final Monsterregler REGLER = Monsterregler.STANDARD;
    private static final Map<String, String> NAMN = Map.of("sjalvskada", "Självskada", "fall", "Fall",
            "eken", "Gruppbostaden Eken");
    private static final YearMonth MARS = YearMonth.of(2025, 3);

    @Test
    void standardArFemFlerOchDubbeltSamtFemOchHalften() {
        assertThat(REGLER).isEqualTo(new Monsterregler(5, 2, 5, 50));
    }

    @Nested
    class Okning {

        @ParameterizedTest(name = "{0} till {1}: {2}")
        @CsvSource({
                "0, 4, false", "0, 5, true",
                "10, 19, false", "10, 20, true",
                "20, 25, false", "3, 7, false", "3, 8, true",
                "5, 0, false", "0, 0, false"})
        void minstFemFlerOchMinstDubbeltSaMangaSomAretFore(long foregaende, long antal, boolean okning) {
            assertThat(REGLER.okning(foregaende, antal)).isEqualTo(okning);
        }

        @Test
        void gransernaArInstallningar() {
            var regler = new Monsterregler(3, 3, 5, 50);

            assertThat(regler.okning(1, 3)).isFalse();
            assertThat(regler.okning(1, 4)).isTrue();
            assertThat(regler.okning(2, 5)).isFalse();
            assertThat(regler.okning(2, 6)).isTrue();
        }
    }

    @Nested
    class Koncentrationen {

        @ParameterizedTest(name = "{1} av {0}: {2}")
        @CsvSource({
                "4, 4, false", "5, 5, true",
                "11, 5, false", "10, 5, true",
                "200, 99, false", "200, 100, true",
                "6, 0, false"})
        void minstFemOchMinstHalftenGallerSammaPerson(long antal, long flest, boolean koncentration) {
            assertThat(REGLER.koncentration(new Koncentration("fall", antal, flest, 1))).isEqualTo(koncentration);
        }
    }

    @Nested
    class Flaggor {

        @Test
        void badaMonstrenForEnKategoriBlirEnRad() {
            var underlag = underlag(MARS, MARS, List.of(new Koncentration("sjalvskada", 12, 12, 1)),
                    antal("sjalvskada", MARS, 12));

            assertThat(flaggor(underlag)).extracting(Monsterflagga::text).containsExactly(
                    "Självskada: 12 jämfört med 0 samma månad föregående år; 12 av 12 gäller samma person");
        }

        @Test
        void enKoncentrationUtanOkningForklarasEnsam() {
            var underlag = underlag(MARS, MARS, List.of(new Koncentration("fall", 8, 5, 2)),
                    antal("fall", MARS.minusYears(1), 8), antal("fall", MARS, 8));

            assertThat(flaggor(underlag)).containsExactly(new Monsterflagga(Avser.KATEGORI, "fall", false, true,
                    "Fall: 5 av 8 gäller samma person"));
        }

        @Test
        void jamforMedSammaPeriodAretForeOchSagerVilkenDetAr() {
            var fran = YearMonth.of(2022, 1);
            var till = YearMonth.of(2022, 12);
            var kvartal = YearMonth.of(2022, 3);
            var helaAret = underlag(fran, till, List.of(new Koncentration("fall", 9, 1, 9)),
                    antal("fall", YearMonth.of(2021, 6), 4), antal("fall", YearMonth.of(2022, 6), 9));
            var ettKvartal = underlag(fran, kvartal, List.of(new Koncentration("fall", 9, 1, 9)),
                    antal("fall", YearMonth.of(2021, 2), 4), antal("fall", YearMonth.of(2021, 6), 30),
                    antal("fall", YearMonth.of(2022, 2), 9));

            assertThat(flaggor(helaAret)).extracting(Monsterflagga::text)
                    .containsExactly("Fall: 9 jämfört med 4 föregående år");
            assertThat(flaggor(ettKvartal)).extracting(Monsterflagga::text)
                    .containsExactly("Fall: 9 jämfört med 4 samma period föregående år");
        }

        @Test
        void enEnhetSomOkarFlaggasEfterKategorierna() {
            var underlag = new Monsterunderlag(MARS, MARS, List.of(new Koncentration("fall", 6, 6, 1)),
                    List.of(antal("fall", MARS, 6)),
                    List.of(antal("eken", MARS.minusYears(1), 1), antal("eken", MARS, 6),
                            antal("lyftet", MARS, 4)));

            assertThat(flaggor(underlag)).containsExactly(
                    new Monsterflagga(Avser.KATEGORI, "fall", true, true,
                            "Fall: 6 jämfört med 0 samma månad föregående år; 6 av 6 gäller samma person"),
                    new Monsterflagga(Avser.ENHET, "eken", true, false,
                            "Gruppbostaden Eken: 6 jämfört med 1 samma månad föregående år"));
        }

        @Test
        void ingetAttFlaggaUtanAvvikelser() {
            assertThat(flaggor(underlag(MARS, MARS, List.of()))).isEmpty();
        }

        private List<Monsterflagga> flaggor(Monsterunderlag underlag) {
            return REGLER.flaggor(underlag, NAMN::get, NAMN::get);
        }

        /** The per-enhet counts are left out unless a test is about them. */
        private static Monsterunderlag underlag(YearMonth fran, YearMonth till, List<Koncentration> kategorier,
                                                Manadsantal... perKategori) {
            return new Monsterunderlag(fran, till, kategorier, new ArrayList<>(List.of(perKategori)), List.of());
        }

        private static Manadsantal antal(String id, YearMonth manad, long antal) {
            return new Manadsantal(id, manad, antal);
        }
    }

    @Test
    void orimligaGranserAvvisas() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Monsterregler(0, 2, 5, 50));
        assertThatIllegalArgumentException().isThrownBy(() -> new Monsterregler(5, 2, 5, 101));
    }

    @Test
    void enPeriodSomSlutarForeSinBorjanAvvisas() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RaknaMonster(null, MARS, MARS.minusMonths(1)));
    }
}
