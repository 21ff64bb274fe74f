package se.kvalitetsledning.infra.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Avvikelser as the API takes them, for tests that need one on file. */
public final class AvvikelseFixtures {

    private AvvikelseFixtures() {
    }

    /** A filed avvikelse of an hour ago, flagged as a possible missförhållande. */
    public static String ny(String enhet, String beskrivning) {
        return """
                {"enhet":"%s","intraffade":"%s","plats":"Köket","beskrivning":"%s",
                 "omedelbaraAtgarder":"Tröstade brukaren","konsekvensForPerson":2,"brukarreferens":"B-17",
                 "mojligtMissforhallande":true}
                """.formatted(enhet, LocalDateTime.now(ZoneId.of("Europe/Stockholm")).minusHours(1)
                .truncatedTo(ChronoUnit.MINUTES), beskrivning);
    }

    /** Files one at Gruppbostaden Eken and returns its id. */
    public static String registrera(ApiKlient som, String beskrivning) {
        ApiKlient.Svar svar = som.post("/api/avvikelser", ny("gruppbostad-eken", beskrivning));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }

    /**
     * Files one at Gruppbostaden Eken that the handler has classified, investigated, given feedback on and cleared
     * of lex Sarah: all closing needs, unless åtgärder are open. Returns its id.
     */
    public static String klarForAvslut(ApiKlient rapportor, ApiKlient handlaggare, String beskrivning) {
        String id = registrera(rapportor, beskrivning);
        String arende = "/api/avvikelser/" + id;
        long version = 0;
        for (String[] steg : new String[][]{
                {"/klassificering", """
                        {"kategori":"bemotande","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],"konsekvens":2,
                         "sannolikhet":2}"""},
                {"/utredning", "{\"orsaksomraden\":[\"KOMMUNIKATION_INFORMATION\"],\"analys\":\"Rutin saknas\"}"},
                {"/aterkoppling", "{\"text\":\"Tack, vi tar fram en rutin\"}"},
                {"/lex-sarah/avskrivning", "{\"text\":\"Ingen brukare kom till skada\"}"}}) {
            ApiKlient.Svar svar = handlaggare.post(arende + steg[0], steg[1], "\"" + version + "\"");
            assertThat(svar.status()).as(steg[0] + ": " + svar).isEqualTo(200);
            version = svar.json().get("version").asLong();
        }
        return id;
    }
}
