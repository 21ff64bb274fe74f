package se.kvalitetsledning.infra.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import se.kvalitetsledning.gemensamt.SvenskTid;

/** Åtgärder as the API takes them, for tests that need one on file. */
public final class AtgardFixtures {

    private AtgardFixtures() {
    }

    /**
     * Proposes an åtgärd at the enhet that stands on its own, due in a month, and returns its id. Without a source no
     * case is changed by it, and nothing about it falls due while a test counts the events.
     */
    public static String fristaende(ApiKlient som, String enhet, String agare) {
        ApiKlient.Svar svar = som.post("/api/atgarder", """
                {"titel":"Se över rutinen för överlämning","typ":"FOREBYGGANDE","enheter":["%s"],"agare":"%s",
                 "forfallodatum":"%s","prioritet":"MEDEL"}"""
                .formatted(enhet, agare, LocalDate.now(SvenskTid.ZON).plusMonths(1)));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asText();
    }
}
