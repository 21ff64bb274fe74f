package se.kvalitetsledning.kvalitetsberattelse;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.testdata.JsonRundtur.json;
import static se.kvalitetsledning.testdata.JsonRundtur.rundtur;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kvalitetsledning.gemensamt.Anvandare;

/** Every event reads back equal from the JSON it is stored as, and a snapshot keeps the berättelse's state. */
class KvalitetsberattelseJsonTest {

    private static final Omfang OMFANG = new Omfang(Omfang.Niva.FORVALTNING, "socialforvaltningen");
    private static final KvalitetsberattelseId ID = KvalitetsberattelseId.forAr(2025, OMFANG);
    private static final Instant NU = Instant.parse("2026-02-02T09:00:00Z");
    private static final Anvandare LARS = new Anvandare("lars", "Lars Nord");
    private static final Tabell LEX_SARAH = new Tabell("lex-sarah", "Lex Sarah", List.of("", "2024", "2025"),
            List.of(Tabell.Rad.av("Rapporter", "3", "5")), "Lex Sarah-registret per 2026-02-02");
    private static final Innehall INNEHALL = new Innehall("Socialförvaltningen", List.of(
            new Innehall.Avsnittsinnehall(Avsnitt.LEX_SARAH, List.of(LEX_SARAH))));

    static Stream<Object> handelser() {
        return Stream.of(
                new KvalitetsberattelseSkapad(ID, 2025, OMFANG, INNEHALL, LARS, NU),
                new KvalitetsberattelseOmgenererad(ID, INNEHALL, LARS, NU),
                new AvsnittstextSkriven(ID, Avsnitt.SAMVERKAN, "Samverkan med regionen", LARS, NU),
                new TabellKommenterad(ID, "lex-sarah", "Två anmäldes", LARS, NU),
                new KvalitetsberattelseFaststalld(ID, 1, LARS, NU),
                new NyUtgavaPaborjad(ID, 2, "Rättelse", LARS, NU));
    }

    @ParameterizedTest
    @MethodSource("handelser")
    void handelsenLasesTillbakaLika(Object handelse) {
        assertThat(rundtur(handelse)).isEqualTo(handelse);
    }

    @Test
    void ogonblicksbildenBehallerUtgavanOchFaststallandet() {
        var berattelse = new Kvalitetsberattelse();
        berattelse.on(new KvalitetsberattelseSkapad(ID, 2025, OMFANG, INNEHALL, LARS, NU));
        berattelse.on(new KvalitetsberattelseFaststalld(ID, 1, LARS, NU));

        assertThat(json(rundtur(berattelse))).isEqualTo(json(berattelse)).contains("\"faststalld\":true");
    }
}
