package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.RISKANALYS;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.RISKANALYS_FASTSTALLD;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.DATUM;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.KALLA;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKLAR;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.RISKBEDOMNING;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.SANNING;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNING;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/**
 * The riskanalys API's commands, each with a valid body, as the R5 corpus breaks them. The open analysis has one
 * risk, so that its valid bodies go through in turn: the analysis changed, a second risk added, the first changed,
 * the analysis fastställd; the fastställd one's risk is reviewed. A change's {@code id}, when given, must be its own.
 */
final class RiskanalysSlutpunkter {

    private static final String ANALYSEN = "/api/riskanalyser/{id}";
    private static final String BEDOMNING = """
            {"konsekvens":3,"sannolikhet":2}""";

    private RiskanalysSlutpunkter() {
    }

    static List<Slutpunkt> alla(String avvikelse, Falt version) {
        String idag = LocalDate.now(SvenskTid.ZON).toString();
        String omTreManader = LocalDate.now(SvenskTid.ZON).plusMonths(3).toString();
        String analys = """
                "anledning":"LOPANDE","enhet":"solgarden","process":"Nattbemanning","team":["anna"],"datum":"%s"}"""
                .formatted(idag);
        String risk = """
                "beskrivning":"Fall i badrummet","orsak":"Halt golv","bedomning":%s,
                 "befintligaBarriarer":"Halkmatta","foreslagnaAtgarder":"Stödhandtag",
                 "kvarvarande":{"konsekvens":2,"sannolikhet":1},"granskningsdatum":"%s",
                 "kalla":{"typ":"AVVIKELSE","id":"%s"}}""".formatted(BEDOMNING, omTreManader, avvikelse);
        return List.of(
                new Slutpunkt("/api/riskanalyser", INGET, "karin", """
                        {"id":"7b1e4c2a-9d3f-4e5b-8a6c-1d2e3f4a5b6c",""" + analys, analysfalt()),
                new Slutpunkt("PUT", ANALYSEN, RISKANALYS, "karin", "{" + analys,
                        Stream.concat(analysfalt().stream(), Stream.of(version)).toList()),
                new Slutpunkt(ANALYSEN + "/risker", RISKANALYS, "karin", """
                        {"id":"2e8f5a1c-4b7d-4c9e-a3f6-5d1b2c3e4f70",""" + risk, riskfalt(version)),
                new Slutpunkt("PUT", ANALYSEN + "/risker/{risk}", RISKANALYS, "karin", "{" + risk,
                        riskfalt(version)),
                new Slutpunkt(ANALYSEN + "/faststallande", RISKANALYS, "karin", "{}", List.of(version)),
                new Slutpunkt(ANALYSEN + "/risker/{risk}/granskningar", RISKANALYS_FASTSTALLD, "karin", """
                        {"bedomning":%s,"kommentar":"Stödhandtagen sitter uppe","nastaGranskning":"%s",
                         "hanterad":false}""".formatted(BEDOMNING, omTreManader), List.of(
                        new Falt("bedomning", RISKBEDOMNING, true, 0), new Falt("kommentar", FRITEXT, false, 2000),
                        new Falt("nastaGranskning", DATUM, false, 0), new Falt("hanterad", SANNING, false, 0),
                        version)));
    }

    private static List<Falt> analysfalt() {
        return List.of(new Falt("id", NYCKEL, false, 0), new Falt("anledning", UPPRAKNING, true, 0),
                new Falt("enhet", NYCKEL, true, 60), new Falt("process", FRITEXT, true, 2000),
                new Falt("team", NYCKLAR, false, 100), new Falt("datum", DATUM, true, 0));
    }

    private static List<Falt> riskfalt(Falt version) {
        return List.of(new Falt("id", NYCKEL, false, 0), new Falt("beskrivning", FRITEXT, true, 2000),
                new Falt("orsak", FRITEXT, false, 2000), new Falt("bedomning", RISKBEDOMNING, true, 0),
                new Falt("befintligaBarriarer", FRITEXT, false, 2000),
                new Falt("foreslagnaAtgarder", FRITEXT, false, 2000), new Falt("kvarvarande", RISKBEDOMNING, false, 0),
                new Falt("granskningsdatum", DATUM, false, 0), new Falt("kalla", KALLA, false, 0), version);
    }
}
