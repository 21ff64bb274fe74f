package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INDIKATOR;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.DECIMALTAL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.MANAD;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNING;

import java.time.YearMonth;
import java.util.List;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/** The indikator API's POST endpoints, each with a valid body, as the R5 corpus breaks them. */
final class IndikatorSlutpunkter {

    private static final String INDIKATORN = "/api/indikatorer/{id}/";

    private IndikatorSlutpunkter() {
    }

    static List<Slutpunkt> alla(Falt version) {
        YearMonth denna = YearMonth.now(SvenskTid.ZON);
        return List.of(
                new Slutpunkt("/api/indikatorer", INGET, "karin", """
                        {"id":"5c8e1a3f-7b2d-4e6a-9f1c-3d5b7e9a1c2e","enhet":"myndighet-lss",
                         "namn":"Ärenden per handläggare","enhetsbeteckning":"ärenden","riktning":"LAGRE_AR_BATTRE",
                         "mal":55,"gulMarginal":5,"kalla":"MANUELL","fran":"%s"}""".formatted(denna), List.of(
                        new Falt("id", NYCKEL, false, 0), new Falt("enhet", NYCKEL, true, 60),
                        new Falt("namn", FRITEXT, true, 200), new Falt("enhetsbeteckning", FRITEXT, true, 60),
                        new Falt("riktning", UPPRAKNING, true, 0), new Falt("mal", DECIMALTAL, true, 0),
                        new Falt("gulMarginal", DECIMALTAL, true, 0), new Falt("kalla", UPPRAKNING, true, 0),
                        new Falt("fran", MANAD, true, 0))),
                new Slutpunkt(INDIKATORN + "mal", INDIKATOR, "karin", """
                        {"mal":50,"gulMarginal":5,"fran":"%s"}""".formatted(denna), List.of(
                        new Falt("mal", DECIMALTAL, true, 0), new Falt("gulMarginal", DECIMALTAL, true, 0),
                        new Falt("fran", MANAD, true, 0), version)),
                new Slutpunkt(INDIKATORN + "varden", INDIKATOR, "karin", """
                        {"manad":"%s","varde":52.5,"kommentar":"Två vakanser"}""".formatted(denna), List.of(
                        new Falt("manad", MANAD, true, 0), new Falt("varde", DECIMALTAL, true, 0),
                        new Falt("kommentar", FRITEXT, false, 1000), version)),
                new Slutpunkt(INDIKATORN + "avslut", INDIKATOR, "karin", """
                        {"skal":"Ersätts av ett nytt mått"}""", List.of(new Falt("skal", FRITEXT, true, 1000),
                        version)));
    }
}
