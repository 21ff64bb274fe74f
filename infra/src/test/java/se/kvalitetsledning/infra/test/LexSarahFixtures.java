package se.kvalitetsledning.infra.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import se.kvalitetsledning.gemensamt.SvenskTid;

/** Lex Sarah rapporter as the API takes them, for tests that need a case on file. */
public final class LexSarahFixtures {

    private LexSarahFixtures() {
    }

    /**
     * Files a written rapport of yesterday at the enhet and returns its id. Its immediate measures come with it, so
     * the case has no deadline that runs out today: no reminder is stored while a test counts the events.
     */
    public static String rapportera(ApiKlient som, String enhet) {
        ApiKlient.Svar svar = som.post("/api/lex-sarah", """
                {"enhet":"%s","intraffade":"%s","beskrivning":"En brukare knuffades","brukarreferens":"B-17",
                 "handelsetyper":["FYSISKT_OVERGREPP"],"omedelbaraAtgarder":"Kollegan flyttades"}"""
                .formatted(enhet, igar()));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    /** Files a written rapport of yesterday at Gruppbostaden Eken that still lacks immediate measures. */
    public static String utanOmedelbaraAtgarder(ApiKlient som, String beskrivning) {
        ApiKlient.Svar svar = som.post("/api/lex-sarah", """
                {"enhet":"gruppbostad-eken","intraffade":"%s","beskrivning":"%s","brukarreferens":"B-17",
                 "handelsetyper":["FYSISKT_OVERGREPP"]}""".formatted(igar(), beskrivning));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    private static LocalDateTime igar() {
        return LocalDateTime.now(SvenskTid.ZON).minusDays(1).truncatedTo(ChronoUnit.MINUTES);
    }
}
