package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.DATUM;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKLAR;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNING;

import java.time.LocalDate;
import java.util.List;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/** The riskanalys API's start of an analysis, with a valid body, as the R5 corpus breaks it. */
final class RiskanalysSlutpunkter {

    private RiskanalysSlutpunkter() {
    }

    static List<Slutpunkt> alla() {
        return List.of(new Slutpunkt("/api/riskanalyser", INGET, "karin", """
                {"id":"7b1e4c2a-9d3f-4e5b-8a6c-1d2e3f4a5b6c","anledning":"LOPANDE","enhet":"solgarden",
                 "process":"Nattbemanning","team":["anna"],"datum":"%s"}""".formatted(LocalDate.now(SvenskTid.ZON)),
                List.of(new Falt("id", NYCKEL, false, 0), new Falt("anledning", UPPRAKNING, true, 0),
                        new Falt("enhet", NYCKEL, true, 60), new Falt("process", FRITEXT, true, 2000),
                        new Falt("team", NYCKLAR, false, 100), new Falt("datum", DATUM, true, 0))));
    }
}
