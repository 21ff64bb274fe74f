package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.KONTAKT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNING;

import java.util.List;

import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/** The public e-tjänst's endpoint, sent to without credentials; its trap field {@code webbplats} left empty. */
final class PublikSlutpunkter {

    static final String SOKVAG = "/api/publik/synpunkter";

    private PublikSlutpunkter() {
    }

    static Slutpunkt synpunkt() {
        return new Slutpunkt(SOKVAG, INGET, null, """
                {"typ":"KLAGOMAL","enhet":"hemtjanst-norr","vadHande":"Ingen kom på morgonen",
                 "onskemal":"Att det inte händer igen","kontakt":{"namn":"Eva Ek","epost":"eva@exempel.se",
                 "telefon":"070-123 45 67","adress":"Storgatan 1, 123 45 Staden"},"webbplats":""}""", List.of(
                new Falt("typ", UPPRAKNING, true, 0), new Falt("enhet", NYCKEL, false, 60),
                new Falt("vadHande", FRITEXT, true, 8000), new Falt("onskemal", FRITEXT, false, 4000),
                new Falt("kontakt", KONTAKT, false, 0), new Falt("webbplats", FRITEXT, false, 200)));
    }
}
