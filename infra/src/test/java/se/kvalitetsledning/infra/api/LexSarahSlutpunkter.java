package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.LEX_SARAH;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.DATUM;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.SANNING;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.TIDPUNKT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNING;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNINGAR;

import java.time.LocalDate;
import java.util.List;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/**
 * One valid request body per POST endpoint of the lex Sarah API. A body only has to be well-formed: the case is
 * newly received, so some commands would still be refused by a rule (422), but a broken field is refused before any
 * rule is tried.
 */
final class LexSarahSlutpunkter {

    private static final String ARENDE = "/api/lex-sarah/{id}/";

    private LexSarahSlutpunkter() {
    }

    static List<Slutpunkt> alla(String nyss, Falt version) {
        String idag = LocalDate.now(SvenskTid.ZON).toString();
        return List.of(rapport(nyss),
                text("omedelbara-atgarder", 4000, version),
                text("omedelbara-atgarder/ej-behovliga", 4000, version),
                new Slutpunkt(ARENDE + "utredare", LEX_SARAH, "karin", """
                        {"utredare":"hanna"}""", List.of(new Falt("utredare", NYCKEL, true, 100), version)),
                utredning(version),
                new Slutpunkt(ARENDE + "bedomning", LEX_SARAH, "lars", """
                        {"niva":"ALLVARLIGT_MISSFORHALLANDE","motivering":"Brukarens trygghet hotades"}""",
                        List.of(new Falt("niva", UPPRAKNING, true, 0), new Falt("motivering", FRITEXT, true, 4000),
                                version)),
                new Slutpunkt(ARENDE + "anmalan", LEX_SARAH, "lars", """
                        {"skickad":"%s","diarienummer":"3.5.1-1234/2026"}""".formatted(idag),
                        List.of(new Falt("skickad", DATUM, true, 0), new Falt("diarienummer", FRITEXT, false, 60),
                                version)),
                new Slutpunkt(ARENDE + "anmalan/diarienummer", LEX_SARAH, "lars", """
                        {"diarienummer":"3.5.1-1234/2026"}""",
                        List.of(new Falt("diarienummer", FRITEXT, true, 60), version)),
                new Slutpunkt(ARENDE + "anmalan/komplettering", LEX_SARAH, "lars", """
                        {"text":"Vittnesmål från kollegan","skickad":"%s"}""".formatted(idag),
                        List.of(new Falt("text", FRITEXT, true, 8000), new Falt("skickad", DATUM, true, 0), version)),
                new Slutpunkt(ARENDE + "avslut", LEX_SARAH, "karin", "{}",
                        List.of(version, new Falt("atgarderFortsatterSkal", FRITEXT, false, 2000))));
    }

    /** An oral rapport with its reporter named and linked, so that each of those fields is checked too. */
    private static Slutpunkt rapport(String nyss) {
        return new Slutpunkt("/api/lex-sarah", INGET, "anna", """
                {"id":"3f9d2a71-6c4e-4b8a-9d1f-2e7c5a0b8d63","enhet":"gruppbostad-eken","intraffade":"%s",
                 "mottagen":"%s","beskrivning":"En brukare knuffades","brukarreferens":"B-17",
                 "handelsetyper":["FYSISKT_OVERGREPP"],"barnBerort":false,"omedelbaraAtgarder":"Kollegan flyttades",
                 "muntlig":true,"rapportorNamn":"Erik Berg","rapportorAnvandarnamn":"erik"}"""
                .formatted(nyss, nyss), List.of(
                new Falt("enhet", NYCKEL, true, 60), new Falt("id", NYCKEL, false, 0),
                new Falt("intraffade", TIDPUNKT, true, 0), new Falt("mottagen", TIDPUNKT, false, 0),
                new Falt("beskrivning", FRITEXT, true, 8000), new Falt("brukarreferens", FRITEXT, false, 40),
                new Falt("handelsetyper", UPPRAKNINGAR, false, 0), new Falt("barnBerort", SANNING, false, 0),
                new Falt("omedelbaraAtgarder", FRITEXT, false, 4000), new Falt("muntlig", SANNING, false, 0),
                // required once the rapport is oral
                new Falt("rapportorNamn", FRITEXT, true, 200),
                new Falt("rapportorAnvandarnamn", NYCKEL, false, 100)));
    }

    private static Slutpunkt utredning(Falt version) {
        return new Slutpunkt(ARENDE + "utredning", LEX_SARAH, "karin", """
                {"handelsetyper":["FYSISKT_OVERGREPP"],"vadHande":"Brukaren knuffades i hallen",
                 "orsaksomraden":["OMGIVNING_ORGANISATION"],"bakomliggandeOrsaker":["TIDSBRIST"],
                 "varfor":"Ensam personal vid överlämningen","forhindraUpprepning":"Dubbelbemanning",
                 "denEnskildeInformerad":"JA","godManForvaltareInformerad":"EJ_AKTUELLT","narstaendeInformerade":"NEJ",
                 "dokumenteradIPersonakt":true,"polisanmalan":"OVERVAGS","barnBerort":true,
                 "barnperspektiv":"Barnet var inte hemma"}""", List.of(
                new Falt("handelsetyper", UPPRAKNINGAR, true, 0), new Falt("vadHande", FRITEXT, true, 8000),
                new Falt("orsaksomraden", UPPRAKNINGAR, true, 0),
                new Falt("bakomliggandeOrsaker", UPPRAKNINGAR, false, 0), new Falt("varfor", FRITEXT, true, 8000),
                new Falt("forhindraUpprepning", FRITEXT, true, 8000),
                new Falt("denEnskildeInformerad", UPPRAKNING, true, 0),
                new Falt("godManForvaltareInformerad", UPPRAKNING, true, 0),
                new Falt("narstaendeInformerade", UPPRAKNING, true, 0),
                new Falt("dokumenteradIPersonakt", SANNING, false, 0), new Falt("polisanmalan", UPPRAKNING, true, 0),
                new Falt("barnBerort", SANNING, false, 0), new Falt("barnperspektiv", FRITEXT, false, 4000), version));
    }

    private static Slutpunkt text(String kommando, int maxLangd, Falt version) {
        return new Slutpunkt(ARENDE + kommando, LEX_SARAH, "karin", """
                {"text":"Något"}""", List.of(new Falt("text", FRITEXT, true, maxLangd), version));
    }
}
