package se.kvalitetsledning.gemensamt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static se.kvalitetsledning.gemensamt.Arbetsdagar.arArbetsdag;
import static se.kvalitetsledning.gemensamt.Arbetsdagar.helgdagar;
import static se.kvalitetsledning.gemensamt.Arbetsdagar.plusArbetsdagar;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArbetsdagarTest {

    @Nested
    class Helgdagar {

        @ParameterizedTest
        @CsvSource({"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25", "2285-03-22"})
        void paskenFoljerDenGregorianskaPaskrakningen(LocalDate paskdagen) {
            assertThat(helgdagar(paskdagen.getYear())).contains(
                    paskdagen.minusDays(2), paskdagen, paskdagen.plusDays(1));
        }

        @Test
        void listarArets15LedigaDagarIDatumordning() {
            assertThat(helgdagar(2026)).containsExactly(
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 6),
                    LocalDate.of(2026, 4, 3),
                    LocalDate.of(2026, 4, 5),
                    LocalDate.of(2026, 4, 6),
                    LocalDate.of(2026, 5, 1),
                    LocalDate.of(2026, 5, 14),
                    LocalDate.of(2026, 6, 6),
                    LocalDate.of(2026, 6, 19),
                    LocalDate.of(2026, 6, 20),
                    LocalDate.of(2026, 10, 31),
                    LocalDate.of(2026, 12, 24),
                    LocalDate.of(2026, 12, 25),
                    LocalDate.of(2026, 12, 26),
                    LocalDate.of(2026, 12, 31));
        }

        @Test
        void allaHelgonsDagArLordagenMellan31OktoberOch6November() {
            assertThat(helgdagar(2026)).contains(LocalDate.of(2026, 10, 31));
            assertThat(helgdagar(2027)).contains(LocalDate.of(2027, 11, 6)).doesNotContain(LocalDate.of(2027, 10, 31));
        }

        @Test
        void kristiHimmelsfardsdagSomFallerPaForstaMajRaknasEnGang() {
            assertThat(helgdagar(2008)).hasSize(14).contains(LocalDate.of(2008, 5, 1));
        }
    }

    @Nested
    class ArArbetsdag {

        @Test
        void enVanligTisdagArEnArbetsdag() {
            assertThat(arArbetsdag(LocalDate.of(2026, 3, 10))).isTrue();
        }

        @Test
        void helgenArIngenArbetsdag() {
            assertThat(arArbetsdag(LocalDate.of(2026, 3, 14))).isFalse();
            assertThat(arArbetsdag(LocalDate.of(2026, 3, 15))).isFalse();
        }

        @Test
        void kristiHimmelsfardsdagArIngenArbetsdag() {
            assertThat(arArbetsdag(LocalDate.of(2026, 5, 14))).isFalse();
        }

        @Test
        void midsommaraftonArIngenArbetsdagFastanDenInteArHelgdagEnligtLag() {
            assertThat(arArbetsdag(LocalDate.of(2026, 6, 19))).isFalse();
            assertThat(arArbetsdag(LocalDate.of(2026, 6, 18))).isTrue();
        }
    }

    @Nested
    class PlusArbetsdagar {

        @Test
        void enHelgdagPaEnLordagFlyttasInte() {
            // juldagen 2027 is a Saturday and annandag jul a Sunday: in Sweden no weekday is given in their place
            assertThat(plusArbetsdagar(LocalDate.of(2027, 12, 23), 1)).isEqualTo(LocalDate.of(2027, 12, 27));
        }

        @Test
        void enArbetsdagEfterFredagArMandag() {
            assertThat(plusArbetsdagar(LocalDate.of(2026, 12, 18), 1)).isEqualTo(LocalDate.of(2026, 12, 21));
        }

        @Test
        void julenHoppasOver() {
            assertThat(plusArbetsdagar(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        }

        @Test
        void paskenHoppasOver() {
            assertThat(plusArbetsdagar(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        }

        @Test
        void nollArbetsdagarArSammaDagOmDenArEnArbetsdag() {
            assertThat(plusArbetsdagar(LocalDate.of(2026, 3, 10), 0)).isEqualTo(LocalDate.of(2026, 3, 10));
        }

        @Test
        void nollArbetsdagarFranEnLedigDagArNastaArbetsdag() {
            assertThat(plusArbetsdagar(LocalDate.of(2026, 12, 24), 0)).isEqualTo(LocalDate.of(2026, 12, 28));
        }

        @Test
        void raknarOverArsskiftet() {
            assertThat(plusArbetsdagar(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        }

        @Test
        void avvisarNegativtAntal() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> plusArbetsdagar(LocalDate.of(2026, 3, 10), -1))
                    .withMessageContaining("negativt");
        }
    }
}
