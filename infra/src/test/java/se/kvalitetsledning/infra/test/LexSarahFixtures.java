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
                .formatted(enhet, LocalDateTime.now(SvenskTid.ZON).minusDays(1).truncatedTo(ChronoUnit.MINUTES)));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }
}
