package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.SYNPUNKT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.DATUM;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNING;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNINGAR;

import java.time.LocalDate;
import java.util.List;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/** The synpunkt API's POST endpoints for staff, each with a valid body, as the R5 corpus breaks them. */
final class SynpunktSlutpunkter {

    private static final String SYNPUNKTEN = "/api/synpunkter/{id}/";

    private SynpunktSlutpunkter() {
    }

    static List<Slutpunkt> alla(Falt version) {
        String idag = LocalDate.now(SvenskTid.ZON).toString();
        return List.of(
                new Slutpunkt("/api/synpunkter", INGET, "karin", """
                        {"id":"3f9a2b7c-1d4e-4a5b-8c6d-7e8f9a0b1c2d","typ":"KLAGOMAL","kanal":"TELEFON",
                         "enhet":"solgarden","mottagen":"%s","vadHande":"Maten var kall","onskemal":"Varm mat",
                         "kontakt":{"namn":"Greta","telefon":"070-1234567"}}""".formatted(idag), List.of(
                        new Falt("id", NYCKEL, false, 0), new Falt("typ", UPPRAKNING, true, 0),
                        new Falt("kanal", UPPRAKNING, true, 0), new Falt("enhet", NYCKEL, false, 60),
                        new Falt("mottagen", DATUM, true, 0), new Falt("vadHande", FRITEXT, true, 8000),
                        new Falt("onskemal", FRITEXT, false, 4000))),
                new Slutpunkt(SYNPUNKTEN + "kvittens", SYNPUNKT, "karin", """
                        {"satt":"Telefon"}""", List.of(new Falt("satt", FRITEXT, true, 100), version)),
                new Slutpunkt(SYNPUNKTEN + "tilldelning", SYNPUNKT, "karin", """
                        {"enhet":"solgarden","handlaggare":"olof"}""", List.of(new Falt("enhet", NYCKEL, true, 60),
                        new Falt("handlaggare", NYCKEL, true, 100), version)),
                new Slutpunkt(SYNPUNKTEN + "utredning", SYNPUNKT, "karin", """
                        {"kategori":"bemotande","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],
                         "orsaksomraden":["KOMMUNIKATION_INFORMATION"],"analys":"Ny vikarie"}""", List.of(
                        new Falt("kategori", NYCKEL, false, 60), new Falt("kvalitetsomraden", UPPRAKNINGAR, false, 0),
                        new Falt("orsaksomraden", UPPRAKNINGAR, false, 0), new Falt("analys", FRITEXT, true, 8000),
                        version)),
                new Slutpunkt(SYNPUNKTEN + "svar", SYNPUNKT, "karin", """
                        {"svar":"Vi har ändrat rutinen","satt":"Brev","skickat":"%s"}""".formatted(idag), List.of(
                        new Falt("svar", FRITEXT, true, 8000), new Falt("satt", FRITEXT, true, 100),
                        new Falt("skickat", DATUM, true, 0), version)),
                new Slutpunkt(SYNPUNKTEN + "vidarebefordran", SYNPUNKT, "karin", """
                        {"mottagare":"Region Stockholm","meddelande":"Skickad till regionen"}""", List.of(
                        new Falt("mottagare", FRITEXT, true, 200), new Falt("meddelande", FRITEXT, true, 4000),
                        version)),
                new Slutpunkt(SYNPUNKTEN + "eskalering", SYNPUNKT, "karin", """
                        {"mal":"AVVIKELSE","kommentar":"Rutinen följdes inte"}""", List.of(
                        new Falt("mal", UPPRAKNING, true, 0), new Falt("kommentar", FRITEXT, false, 4000),
                        version)),
                new Slutpunkt(SYNPUNKTEN + "avslut", SYNPUNKT, "karin", "{}",
                        List.of(version, new Falt("atgarderFortsatterSkal", FRITEXT, false, 2000))));
    }
}
