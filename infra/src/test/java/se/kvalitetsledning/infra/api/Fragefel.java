package se.kvalitetsledning.infra.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.kvalitetsledning.infra.api.Felkorpus.Arende;
import se.kvalitetsledning.infra.api.Felkorpus.Begaran;
import se.kvalitetsledning.infra.api.Felkorpus.Forvantan;
import se.kvalitetsledning.infra.api.Felkorpus.Mal;

/** The reads with bad parameters or ids, and methods the API does not offer. */
final class Fragefel {

    private static final String MONGO_OPERATOR = "%7B%22%24gt%22%3A%22%22%7D";
    private static final String OKANT_ARENDE = "00000000-0000-0000-0000-000000000000";

    private Fragefel() {
    }

    static List<Begaran> alla(Map<Mal, Arende> arenden) {
        String avvikelse = arenden.get(Mal.AVVIKELSE).id();
        String lexSarah = arenden.get(Mal.LEX_SARAH).id();
        String atgard = arenden.get(Mal.ATGARD).id();
        String synpunkt = arenden.get(Mal.SYNPUNKT).id();
        String indikator = arenden.get(Mal.INDIKATOR).id();
        List<Begaran> alla = new ArrayList<>(avvikelser());
        alla.addAll(lexSarah(lexSarah));
        alla.addAll(atgarder());
        alla.addAll(synpunkter());
        alla.addAll(manadssammanstallning());
        alla.add(metod("PUT", "/api/avvikelser"));
        alla.add(metod("DELETE", "/api/avvikelser/" + avvikelse));
        alla.add(metod("GET", "/api/avvikelser/" + avvikelse + "/avslut"));
        alla.add(metod("PUT", "/api/lex-sarah"));
        alla.add(metod("DELETE", "/api/lex-sarah/" + lexSarah));
        alla.add(metod("GET", "/api/lex-sarah/" + lexSarah + "/avslut"));
        alla.add(metod("PUT", "/api/atgarder"));
        alla.add(metod("DELETE", "/api/atgarder/" + atgard));
        alla.add(metod("GET", "/api/atgarder/" + atgard + "/beslut"));
        alla.add(metod("PATCH", "/api/atgarder/statistik"));
        alla.add(metod("PUT", "/api/synpunkter"));
        alla.add(metod("DELETE", "/api/synpunkter/" + synpunkt));
        alla.add(metod("GET", "/api/synpunkter/" + synpunkt + "/avslut"));
        alla.add(metod("PUT", "/api/indikatorer"));
        alla.add(metod("DELETE", "/api/indikatorer/" + indikator));
        alla.add(metod("GET", "/api/indikatorer/" + indikator + "/varden"));
        alla.add(get("/api/indikatorer/inte-ett-uuid", Forvantan.faltfel("id")));
        alla.add(get("/api/indikatorer/%00", Forvantan.status(400)));
        alla.add(get("/api/indikatorer/" + OKANT_ARENDE, Forvantan.status(404)));
        Arende berattelse = arenden.get(Mal.KVALITETSBERATTELSE);
        alla.addAll(KvalitetsberattelseSlutpunkter.fragefel(berattelse.id(), berattelse.version()));
        alla.add(metod("DELETE", "/api/kvalitetsberattelser/" + berattelse.id()));
        alla.add(metod("PATCH", "/api/kategorier"));
        alla.add(metod("PUT", "/api/organisation/enheter"));
        return alla;
    }

    private static List<Begaran> synpunkter() {
        List<Begaran> alla = new ArrayList<>();
        for (String filter : List.of("typ", "status", "kanal")) {
            alla.add(get("/api/synpunkter?" + filter + "=FEL", Forvantan.faltfel(filter)));
            alla.add(get("/api/synpunkter?" + filter + "=" + MONGO_OPERATOR, Forvantan.faltfel(filter)));
        }
        alla.add(get("/api/synpunkter?fran=2026-02-30", Forvantan.faltfel("fran")));
        alla.add(get("/api/synpunkter?till=%3Cscript%3E", Forvantan.faltfel("till")));
        alla.add(get("/api/synpunkter?fran=2026-03-10&till=2026-03-01", Forvantan.faltfel("till")));
        alla.add(get("/api/synpunkter?oppna=kanske", Forvantan.faltfel("oppna")));
        alla.add(get("/api/synpunkter?forsenade=" + MONGO_OPERATOR, Forvantan.faltfel("forsenade")));
        alla.add(get("/api/synpunkter/statistik", Forvantan.faltfel("fran")));
        alla.add(get("/api/synpunkter/statistik?fran=2026-01", Forvantan.faltfel("till")));
        alla.add(get("/api/synpunkter/statistik?fran=2026-13&till=2026-12", Forvantan.faltfel("fran")));
        alla.add(get("/api/synpunkter/statistik?fran=2026-05&till=2026-01", Forvantan.faltfel("till")));
        alla.add(get("/api/synpunkter/inte-ett-uuid", Forvantan.faltfel("id")));
        alla.add(get("/api/synpunkter/%3Cscript%3E", Forvantan.faltfel("id")));
        alla.add(get("/api/synpunkter/%00", Forvantan.status(400)));
        alla.add(get("/api/synpunkter/" + OKANT_ARENDE, Forvantan.status(404)));
        return alla;
    }

    /** Every form of the summary takes the same month and scope. */
    private static List<Begaran> manadssammanstallning() {
        List<Begaran> alla = new ArrayList<>();
        for (String sokvag : List.of("/api/manadssammanstallning", "/api/manadssammanstallning/pdf",
                "/api/manadssammanstallning/xlsx")) {
            alla.add(get(sokvag, Forvantan.faltfel("manad")));
            for (String manad : List.of("2026-13", "2026-03-01", "mars", MONGO_OPERATOR, "%3Cscript%3E", "-1")) {
                alla.add(get(sokvag + "?manad=" + manad, Forvantan.faltfel("manad")));
            }
            for (String falt : List.of("forvaltning", "verksamhetsomrade", "enhet")) {
                alla.add(get(sokvag + "?manad=2026-03&" + falt + "=" + MONGO_OPERATOR, Forvantan.faltfel(falt)));
                alla.add(get(sokvag + "?manad=2026-03&" + falt + "=..%2F..%2Fetc", Forvantan.faltfel(falt)));
            }
            alla.add(get(sokvag + "?manad=2026-03&forvaltning=socialforvaltningen&enhet=solgarden",
                    Forvantan.faltfel("enhet")));
        }
        alla.add(metod("POST", "/api/manadssammanstallning"));
        alla.add(metod("DELETE", "/api/manadssammanstallning"));
        return alla;
    }

    private static List<Begaran> avvikelser() {
        List<Begaran> alla = new ArrayList<>();
        alla.add(get("/api/avvikelser?status=FEL", Forvantan.faltfel("status")));
        alla.add(get("/api/avvikelser?status=%3Cscript%3Ealert(1)%3C%2Fscript%3E", Forvantan.faltfel("status")));
        alla.add(get("/api/avvikelser?status=" + MONGO_OPERATOR, Forvantan.faltfel("status")));
        alla.add(get("/api/avvikelser?riskfarg=LILA", Forvantan.faltfel("riskfarg")));
        alla.add(get("/api/avvikelser?fran=2026-13-01", Forvantan.faltfel("fran")));
        alla.add(get("/api/avvikelser?fran=2026-02-30", Forvantan.faltfel("fran")));
        alla.add(get("/api/avvikelser?fran=" + MONGO_OPERATOR, Forvantan.faltfel("fran")));
        alla.add(get("/api/avvikelser?till=igar", Forvantan.faltfel("till")));
        alla.add(get("/api/avvikelser?till=..%2F..%2Fetc", Forvantan.faltfel("till")));
        alla.add(get("/api/avvikelser?sida=-1", Forvantan.faltfel("sida")));
        alla.add(get("/api/avvikelser?sida=ett", Forvantan.faltfel("sida")));
        alla.add(get("/api/avvikelser?sida=99999999999", Forvantan.faltfel("sida")));
        alla.add(get("/api/avvikelser?storlek=0", Forvantan.faltfel("storlek")));
        alla.add(get("/api/avvikelser?storlek=-5", Forvantan.faltfel("storlek")));
        alla.add(get("/api/avvikelser?storlek=alla", Forvantan.faltfel("storlek")));
        alla.add(get("/api/avvikelser/mina?sida=-1", Forvantan.faltfel("sida")));
        alla.add(get("/api/avvikelser/mina?sida=" + MONGO_OPERATOR, Forvantan.faltfel("sida")));
        alla.add(get("/api/avvikelser/mina?storlek=0", Forvantan.faltfel("storlek")));
        alla.add(get("/api/avvikelser/mina?storlek=201", Forvantan.faltfel("storlek")));
        alla.add(get("/api/avvikelser/statistik", Forvantan.faltfel("fran")));
        alla.add(get("/api/avvikelser/statistik?fran=2026-01", Forvantan.faltfel("till")));
        alla.add(get("/api/avvikelser/statistik?fran=2026-13&till=2026-12", Forvantan.faltfel("fran")));
        alla.add(get("/api/avvikelser/statistik?fran=2026-01-05&till=2026-02", Forvantan.faltfel("fran")));
        alla.add(get("/api/avvikelser/statistik?fran=2026-01&till=" + MONGO_OPERATOR, Forvantan.faltfel("till")));
        alla.add(get("/api/avvikelser/inte-ett-uuid", Forvantan.faltfel("id")));
        alla.add(get("/api/avvikelser/%3Cscript%3E", Forvantan.faltfel("id")));
        alla.add(get("/api/avvikelser/%00", Forvantan.status(400)));
        alla.add(get("/api/avvikelser/..%2F..%2Fetc", Forvantan.status(400)));
        alla.add(get("/api/avvikelser/" + OKANT_ARENDE, Forvantan.status(404)));
        return alla;
    }

    /** The year of the register, then every read of one case with a bad id, and supplements that are not there. */
    private static List<Begaran> lexSarah(String arende) {
        List<Begaran> alla = new ArrayList<>();
        for (String ar : List.of("1999", "2101", "0", "-2026", "tjugo", "2026.5", "99999999999",
                MONGO_OPERATOR, "%3Cscript%3E")) {
            alla.add(get("/api/lex-sarah?ar=" + ar, Forvantan.faltfel("ar")));
        }
        for (String mall : List.of("/api/lex-sarah/{id}", "/api/lex-sarah/{id}/visningar",
                "/api/lex-sarah/{id}/anmalan.pdf", "/api/lex-sarah/{id}/kompletteringar/1.pdf")) {
            alla.add(get(mall.replace("{id}", "inte-ett-uuid"), Forvantan.faltfel("id")));
            alla.add(get(mall.replace("{id}", "%3Cscript%3E"), Forvantan.faltfel("id")));
            alla.add(get(mall.replace("{id}", "%00"), Forvantan.status(400)));
            alla.add(get(mall.replace("{id}", "..%2F..%2Fetc"), Forvantan.status(400)));
            alla.add(get(mall.replace("{id}", OKANT_ARENDE), Forvantan.status(404)));
        }
        String kompletteringar = "/api/lex-sarah/" + arende + "/kompletteringar/";
        for (String nummer : List.of("ett", "1.5", "99999999999", "%20", MONGO_OPERATOR)) {
            alla.add(get(kompletteringar + nummer + ".pdf", Forvantan.faltfel("nummer")));
        }
        for (String nummer : List.of("0", "-1", "1")) {
            alla.add(get(kompletteringar + nummer + ".pdf", Forvantan.status(404)));
        }
        return alla;
    }

    /** The board's filters (of the list and of its export), the year of the counts, and one åtgärd by a bad id. */
    private static List<Begaran> atgarder() {
        List<Begaran> alla = new ArrayList<>();
        for (String tavla : List.of("/api/atgarder", "/api/atgarder/export.xlsx")) {
            for (String parameter : List.of("kvalitetsomrade", "kalltyp", "status")) {
                for (String varde : List.of("FEL", "%3Cscript%3E", MONGO_OPERATOR)) {
                    alla.add(get(tavla + "?" + parameter + "=" + varde, Forvantan.faltfel(parameter)));
                }
            }
            for (String varde : List.of("kanske", "2", MONGO_OPERATOR)) {
                alla.add(get(tavla + "?forsenade=" + varde, Forvantan.faltfel("forsenade")));
            }
        }
        alla.add(get("/api/atgarder/statistik", Forvantan.faltfel("ar")));
        alla.add(get("/api/atgarder/statistik?enhet=gruppbostad-eken", Forvantan.faltfel("ar")));
        for (String ar : List.of("1999", "2101", "0", "-2026", "tjugo", "2026.5", "99999999999", "",
                MONGO_OPERATOR, "%3Cscript%3E")) {
            alla.add(get("/api/atgarder/statistik?ar=" + ar, Forvantan.faltfel("ar")));
        }
        alla.add(get("/api/atgarder/inte-ett-uuid", Forvantan.faltfel("id")));
        alla.add(get("/api/atgarder/%3Cscript%3E", Forvantan.faltfel("id")));
        alla.add(get("/api/atgarder/%20", Forvantan.faltfel("id")));
        alla.add(get("/api/atgarder/%00", Forvantan.status(400)));
        alla.add(get("/api/atgarder/..%2F..%2Fetc", Forvantan.status(400)));
        alla.add(get("/api/atgarder/" + OKANT_ARENDE, Forvantan.status(404)));
        return alla;
    }

    private static Begaran get(String sokvag, Forvantan forvantan) {
        return new Begaran("GET " + sokvag, "karin", "GET", sokvag, Map.of(), null, forvantan);
    }

    private static Begaran metod(String metod, String sokvag) {
        return new Begaran(metod + " " + sokvag, "karin", metod, sokvag, Map.of("Content-Type", "application/json"),
                "{}", Forvantan.status(405));
    }
}
