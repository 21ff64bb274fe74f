package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.KVALITETSRADSMOTE;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.DATUM;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.MANAD;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NUMMER;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/** One valid request body per POST endpoint of the kvalitetsråd's meetings. */
final class KvalitetsradSlutpunkter {

    private static final String MOTET = "/api/kvalitetsradsmoten/{id}/";

    private KvalitetsradSlutpunkter() {
    }

    static List<Slutpunkt> alla(Falt version) {
        YearMonth forra = YearMonth.now(SvenskTid.ZON).minusMonths(1);
        return List.of(
                new Slutpunkt("/api/kvalitetsradsmoten", INGET, "karin", """
                        {"id":"4b7d2e9a-1c3f-4a5b-8d6e-2f1a3b4c5d6e","datum":"%s","manad":"%s",
                         "enhet":"gruppbostad-eken","deltagare":["Karin Lund"]}"""
                        .formatted(LocalDate.now(SvenskTid.ZON), forra), List.of(
                        new Falt("id", NYCKEL, false, 0), new Falt("datum", DATUM, true, 0),
                        new Falt("manad", MANAD, true, 0), new Falt("enhet", NYCKEL, false, 60))),
                new Slutpunkt(MOTET + "punkter", KVALITETSRADSMOTE, "karin", """
                        {"nummer":1,"rubrik":"Avvikelser","anteckning":"Fler fall nattetid"}""", List.of(
                        new Falt("nummer", NUMMER, true, 0), new Falt("rubrik", FRITEXT, true, 200),
                        new Falt("anteckning", FRITEXT, false, 8000), version)),
                new Slutpunkt(MOTET + "beslut", KVALITETSRADSMOTE, "karin", """
                        {"beslut":"6c2a9e4d-3b1f-4d7a-9e5c-8a1b2c3d4e5f","text":"Följ upp fallen i maj"}""",
                        List.of(new Falt("beslut", NYCKEL, false, 0), new Falt("text", FRITEXT, true, 4000),
                                version)),
                new Slutpunkt(MOTET + "underlag", KVALITETSRADSMOTE, "karin", "{}", List.of(version)),
                new Slutpunkt(MOTET + "justering", KVALITETSRADSMOTE, "karin", "{}", List.of(version)));
    }
}
