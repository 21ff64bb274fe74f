package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.AVVIKELSE;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.KATEGORI;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.HELTAL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.SANNING;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.TIDPUNKT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNINGAR;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.VERSION;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/**
 * One valid request body per POST endpoint of the API, and per PUT of a riskanalys; those of lex Sarah are in
 * {@link LexSarahSlutpunkter}, those of the improvement backlog in {@link AtgardSlutpunkter}, those of synpunkter in
 * {@link SynpunktSlutpunkter}, those of kontrollmallar and egenkontroller in {@link EgenkontrollSlutpunkter}, those of
 * riskanalyser in {@link RiskanalysSlutpunkter}, the public e-tjänst's in {@link PublikSlutpunkter} and those of
 * indikatorer in {@link IndikatorSlutpunkter}; the kvalitetsråd's meetings in {@link KvalitetsradSlutpunkter}.
 */
final class Slutpunkter {

    private Slutpunkter() {
    }

    /** Every endpoint; a body that names a source names {@code avvikelse}, which is on file. */
    static List<Slutpunkt> alla(String avvikelse) {
        String nyss = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).minusHours(1)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        Falt version = new Falt("version", VERSION, false, 0);
        List<Slutpunkt> alla = new ArrayList<>(List.of(
                new Slutpunkt("/api/avvikelser", INGET, "anna", """
                        {"id":"5d0c1f3e-8a6b-4c2d-9e7f-0a1b2c3d4e5f","enhet":"gruppbostad-eken",
                         "intraffade":"%s","plats":"Köket","beskrivning":"Brukaren föll",
                         "omedelbaraAtgarder":"Tröstade","konsekvensForPerson":2,"kategori":"fall",
                         "brukarreferens":"B-17","mojligtMissforhallande":true}""".formatted(nyss), List.of(
                        new Falt("enhet", NYCKEL, true, 60), new Falt("id", NYCKEL, false, 0),
                        new Falt("intraffade", TIDPUNKT, true, 0), new Falt("plats", FRITEXT, false, 200),
                        new Falt("beskrivning", FRITEXT, true, 4000),
                        new Falt("omedelbaraAtgarder", FRITEXT, false, 4000),
                        new Falt("konsekvensForPerson", HELTAL, false, 0), new Falt("kategori", NYCKEL, false, 60),
                        new Falt("brukarreferens", FRITEXT, false, 40),
                        new Falt("mojligtMissforhallande", SANNING, false, 0))),
                new Slutpunkt("/api/avvikelser/{id}/tilldelning", AVVIKELSE, "karin", """
                        {"handlaggare":"hanna"}""",
                        List.of(new Falt("handlaggare", NYCKEL, true, 100), version)),
                new Slutpunkt("/api/avvikelser/{id}/klassificering", AVVIKELSE, "karin", """
                        {"kategori":"bemotande","kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],"konsekvens":2,
                         "sannolikhet":3}""", List.of(new Falt("kategori", NYCKEL, true, 60),
                        new Falt("kvalitetsomraden", UPPRAKNINGAR, true, 0), new Falt("konsekvens", HELTAL, true, 0),
                        new Falt("sannolikhet", HELTAL, true, 0), version)),
                new Slutpunkt("/api/avvikelser/{id}/utredning", AVVIKELSE, "karin", """
                        {"orsaksomraden":["KOMMUNIKATION_INFORMATION"],"bakomliggandeOrsaker":["TIDSBRIST"],
                         "analys":"Ny vikarie"}""", List.of(
                        new Falt("analys", FRITEXT, true, 8000), new Falt("orsaksomraden", UPPRAKNINGAR, true, 0),
                        new Falt("bakomliggandeOrsaker", UPPRAKNINGAR, false, 0), version)),
                new Slutpunkt("/api/avvikelser/{id}/avslut", AVVIKELSE, "karin", "{}",
                        List.of(version, new Falt("atgarderFortsatterSkal", FRITEXT, false, 2000)))));
        for (String kommando : List.of("lex-sarah/avskrivning", "aterkoppling")) {
            alla.add(text(kommando, true, 4000, version));
        }
        alla.add(text("lex-sarah/eskalering", false, 4000, version));
        alla.add(text("utebliven-aterkoppling", true, 2000, version));
        alla.add(text("ateroppning", true, 2000, version));
        alla.addAll(LexSarahSlutpunkter.alla(nyss, version));
        alla.addAll(AtgardSlutpunkter.alla(avvikelse, version));
        alla.addAll(SynpunktSlutpunkter.alla(version));
        alla.addAll(IndikatorSlutpunkter.alla(version));
        alla.addAll(RiskanalysSlutpunkter.alla(avvikelse, version));
        alla.addAll(EgenkontrollSlutpunkter.alla(version));
        alla.addAll(KvalitetsberattelseSlutpunkter.alla(version));
        alla.addAll(KvalitetsradSlutpunkter.alla(version));
        alla.add(PublikSlutpunkter.synpunkt());
        alla.addAll(referensdata());
        return alla;
    }

    private static Slutpunkt text(String kommando, boolean kravs, int maxLangd, Falt version) {
        return new Slutpunkt("/api/avvikelser/{id}/" + kommando, AVVIKELSE, "karin", """
                {"text":"Något"}""", List.of(new Falt("text", FRITEXT, kravs, maxLangd), version));
    }

    private static List<Slutpunkt> referensdata() {
        Falt id = new Falt("id", NYCKEL, true, 60);
        Falt namn = new Falt("namn", FRITEXT, true, 200);
        Falt overordnad = new Falt("overordnad", NYCKEL, true, 60);
        return List.of(
                new Slutpunkt("/api/organisation/forvaltningar", INGET, "admin", """
                        {"id":"ny-forvaltning","namn":"Ny förvaltning"}""",
                        List.of(id, namn, new Falt("overordnad", NYCKEL, false, 0))),
                new Slutpunkt("/api/organisation/verksamhetsomraden", INGET, "admin", """
                        {"id":"nytt-omrade","namn":"Nytt område","overordnad":"socialforvaltningen"}""",
                        List.of(id, namn, overordnad)),
                new Slutpunkt("/api/organisation/enheter", INGET, "admin", """
                        {"id":"ny-enhet","namn":"Ny enhet","overordnad":"lss"}""", List.of(id, namn, overordnad)),
                new Slutpunkt("/api/kategorier", INGET, "admin", """
                        {"id":"ny-kategori","namn":"Ny kategori","grupp":"SoL/LSS","exempel":"Ett exempel",
                         "kvalitetsomraden":["TILLGANGLIGHET"]}""", List.of(id, namn,
                        new Falt("grupp", FRITEXT, true, 50), new Falt("exempel", FRITEXT, false, 1000),
                        new Falt("kvalitetsomraden", UPPRAKNINGAR, true, 0))),
                new Slutpunkt("/api/kategorier/{id}/avveckling", KATEGORI, "admin", """
                        {"skal":"Ersätts av en annan"}""", List.of(new Falt("skal", FRITEXT, true, 1000))));
    }
}
