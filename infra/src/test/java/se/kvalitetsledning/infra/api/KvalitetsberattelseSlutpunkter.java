package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.KVALITETSBERATTELSE;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.HELTAL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.OMFANG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.kvalitetsledning.infra.api.Felkorpus.Begaran;
import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Forvantan;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/**
 * The kvalitetsberättelse API's POST endpoints with valid bodies as the R5 corpus breaks them, and its PUT and GET
 * endpoints with a bad section, id or version.
 */
final class KvalitetsberattelseSlutpunkter {

    private static final String OKANT = "00000000-0000-0000-0000-000000000000";
    private static final Map<String, String> SOM_JSON = Map.of("Content-Type", "application/json");

    private KvalitetsberattelseSlutpunkter() {
    }

    static List<Slutpunkt> alla(Falt version) {
        return List.of(
                new Slutpunkt("/api/kvalitetsberattelser", INGET, "karin", """
                        {"ar":2019,"omfang":{"niva":"FORVALTNING","id":"socialforvaltningen"}}""",
                        List.of(new Falt("ar", HELTAL, true, 0), new Falt("omfang", OMFANG, true, 0))),
                new Slutpunkt("/api/kvalitetsberattelser/{id}/omgenerering", KVALITETSBERATTELSE, "karin", "{}",
                        List.of(version)),
                new Slutpunkt("/api/kvalitetsberattelser/{id}/faststallande", KVALITETSBERATTELSE, "lars", "{}",
                        List.of(version)),
                new Slutpunkt("/api/kvalitetsberattelser/{id}/utgavor", KVALITETSBERATTELSE, "karin", """
                        {"anledning":"Rättelse"}""", List.of(new Falt("anledning", FRITEXT, true, 2000), version)));
    }

    /** Reads and PUTs of a berättelse on file ({@code id} at {@code version}) or of none. */
    static List<Begaran> fragefel(String id, long version) {
        String bas = "/api/kvalitetsberattelser/";
        Map<String, String> aktuell = Map.of("Content-Type", "application/json", "If-Match", "\"" + version + "\"");
        List<Begaran> alla = new ArrayList<>();
        for (String mall : List.of("{id}", "{id}/berattelse.docx", "{id}/berattelse.pdf")) {
            alla.add(get(bas + mall.replace("{id}", "inte-ett-uuid"), Forvantan.faltfel("id")));
            alla.add(get(bas + mall.replace("{id}", "%3Cscript%3E"), Forvantan.faltfel("id")));
            alla.add(get(bas + mall.replace("{id}", "%00"), Forvantan.status(400)));
            alla.add(get(bas + mall.replace("{id}", OKANT), Forvantan.status(404)));
        }
        for (String utgava : List.of("ett", "1.5", "99999999999", "%7B%22%24gt%22%3A%22%22%7D")) {
            alla.add(get(bas + id + "/berattelse.pdf?utgava=" + utgava, Forvantan.faltfel("utgava")));
        }
        alla.add(get(bas + id + "/berattelse.docx?utgava=0", Forvantan.status(404)));
        alla.add(get(bas + id + "/per", Forvantan.faltfel("datum")));
        for (String datum : List.of("", "2026-02-30", "igar", "2999-01-01", "2026-02-01T10:00", "2999-01-01T00:00Z",
                "%7B%22%24gt%22%3A%22%22%7D", "%3Cscript%3E")) {
            alla.add(get(bas + id + "/per?datum=" + datum, Forvantan.faltfel("datum")));
        }
        alla.add(get(bas + id + "/per?datum=%00", Forvantan.status(400)));
        alla.add(get(bas + "inte-ett-uuid/per?datum=2026-01-01", Forvantan.faltfel("id")));
        alla.add(get(bas + OKANT + "/per?datum=2026-01-01", Forvantan.status(404)));
        for (String avsnitt : List.of("OKANT", "samverkan", "%3Cscript%3E", "%7B%22%24gt%22%3A%22%22%7D")) {
            alla.add(put(bas + id + "/avsnitt/" + avsnitt, aktuell, "{\"text\":\"x\"}",
                    Forvantan.faltfel("avsnitt")));
        }
        String text = bas + id + "/avsnitt/SAMVERKAN";
        alla.add(put(text, aktuell, "{\"text\":42}", Forvantan.faltfel("text")));
        alla.add(put(text, aktuell, "{\"text\":null}", Forvantan.faltfel("text")));
        alla.add(put(text, aktuell, "{\"text\":\"" + "x".repeat(20_001) + "\"}", Forvantan.faltfel("text")));
        alla.add(put(text, aktuell, "{\"text\":\"x\",\"okant\":1}", Forvantan.faltfel("okant")));
        alla.add(put(text, SOM_JSON, "{\"text\":\"x\"}", new Forvantan(Set.of(428), "version")));
        alla.add(put(text, Map.of("Content-Type", "application/json", "If-Match", "\"99\""), "{\"text\":\"x\"}",
                Forvantan.status(409)));
        alla.add(put(bas + OKANT + "/avsnitt/SAMVERKAN", aktuell, "{\"text\":\"x\"}", Forvantan.status(404)));
        String kommentar = bas + id + "/kommentarer/lex-sarah";
        alla.add(put(kommentar, aktuell, "{\"kommentar\":[\"x\"]}", Forvantan.faltfel("kommentar")));
        alla.add(put(kommentar, aktuell, "{\"kommentar\":\"" + "x".repeat(4_001) + "\"}",
                Forvantan.faltfel("kommentar")));
        alla.add(put(bas + id + "/kommentarer/finns-inte", aktuell, "{\"kommentar\":\"x\"}", Forvantan.status(422)));
        return alla;
    }

    private static Begaran get(String sokvag, Forvantan forvantan) {
        return new Begaran("GET " + sokvag, "karin", "GET", sokvag, Map.of(), null, forvantan);
    }

    private static Begaran put(String sokvag, Map<String, String> huvuden, String kropp, Forvantan forvantan) {
        String namn = "PUT " + sokvag + ": " + (kropp.length() > 60 ? kropp.substring(0, 40) + "…" : kropp);
        return new Begaran(namn, "karin", "PUT", sokvag, huvuden, kropp, forvantan);
    }
}
