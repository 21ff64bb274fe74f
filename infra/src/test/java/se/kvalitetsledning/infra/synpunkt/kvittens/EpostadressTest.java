package se.kvalitetsledning.infra.synpunkt.kvittens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only one bare address becomes a recipient: the receipt's validation is not all the mail relies on. */
class EpostadressTest {

    @ParameterizedTest
    @ValueSource(strings = {"eva@example.se", " eva@example.se ", "eva.ek+synpunkt@kommun.example.se"})
    void enBarAdressTolkas(String text) {
        assertThat(Epostadress.tolka(text)).hasValueSatisfying(a -> assertThat(a.getAddress()).isEqualTo(text.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "inte-en-adress", "@example.se", "eva@example.se\r\nBcc: mallory@example.se",
            "Eva Ek <eva@example.se>", "eva@example.se, mallory@example.se", "lista: eva@example.se;",
            "eva@exa mple.se"})
    void alltAnnatAvvisas(String text) {
        assertThat(Epostadress.tolka(text)).isEmpty();
    }
}
