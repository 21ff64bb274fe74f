package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Slag.DATUM;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRIST;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.HELTAL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.MANAD;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKLAR;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.TIDPUNKT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNING;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNINGAR;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.VERSION;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import se.kvalitetsledning.gemensamt.SvenskTid;

/**
 * The malformed requests of R5: for every endpoint of the API a valid request with one thing broken, and the
 * answer that request must get.
 */
final class Felkorpus {

    /**
     * What a field holds, which decides the ways it can be wrong: {@code NYCKLAR} is a list of keys,
     * {@code UPPRAKNING} one constant of an enum, {@code UPPRAKNINGAR} a list of them, {@code TIDPUNKT} a local date
     * and time, {@code DATUM} a calendar date, {@code FRIST} a date from today up to ten years ahead, {@code KALLA}
     * the case an åtgärd comes from as {@code {typ, id}} (the valid one an avvikelse), {@code KALLOR} a list of them,
     * {@code KONTAKT} a synpunkt sender's contact details as {@code {namn, epost, telefon, adress}}, {@code MANAD} a
     * month ({@code 2026-03}), {@code DECIMALTAL} a number that may have decimals, {@code OMFANG} a
     * kvalitetsberättelse's scope as {@code {niva, id}}, {@code HELTAL} a whole number on the 1–4 risk scale,
     * {@code NUMMER} a running number from 1, {@code STORT_HELTAL} any whole number a long holds (a seed),
     * {@code RISKBEDOMNING} a place in the risk matrix as {@code {konsekvens, sannolikhet}} and {@code SVAR} an
     * egenkontroll's answer to a Ja / Nej question as {@code {alternativ, tal, text}}.
     */
    enum Slag {
        FRITEXT, NYCKEL, NYCKLAR, UPPRAKNING, UPPRAKNINGAR, HELTAL, TIDPUNKT, DATUM, FRIST, SANNING, KALLA, KALLOR,
        KONTAKT, MANAD, DECIMALTAL, VERSION, OMFANG, NUMMER, STORT_HELTAL, RISKBEDOMNING, SVAR
    }

    /**
     * What the {@code {id}} in an endpoint's path names, if it has one: a case, an åtgärd, an indikator, a
     * kontrollmall, an egenkontroll (planned, or started with a sample drawn) or a riskanalys (open or fastställd,
     * each with one risk, which a second path variable names) by its UUID, a category by its key.
     */
    enum Mal {
        INGET, AVVIKELSE, LEX_SARAH, ATGARD, SYNPUNKT, INDIKATOR, KONTROLLMALL, EGENKONTROLL,
        EGENKONTROLL_MED_STICKPROV, RISKANALYS, RISKANALYS_FASTSTALLD, KVALITETSBERATTELSE, KVALITETSRADSMOTE, KATEGORI
    }

    /**
     * A case on file before the corpus is sent, and the version it is at: the one the valid bodies carry; {@code del}
     * is what a second variable in the path names (a risk of the riskanalys), else null.
     */
    record Arende(String id, long version, String del) {

        Arende(String id, long version) {
            this(id, version, null);
        }
    }

    /** A body field; {@code maxLangd} 0 means no length rule. */
    record Falt(String namn, Slag slag, boolean kravs, int maxLangd) {
    }

    /**
     * An endpoint, its method and path as documented ({@code mall}), what its {@code {id}} names, who may use it (null:
     * anyone, without credentials), and a body it accepts; where the endpoint takes a version, the body gets the
     * version of its case.
     */
    record Slutpunkt(String metod, String mall, Mal mal, String anvandare, String giltig, List<Falt> falt) {

        Slutpunkt(String mall, Mal mal, String anvandare, String giltig, List<Falt> falt) {
            this("POST", mall, mal, anvandare, giltig, falt);
        }
    }

    /** One of these statuses, and for a 400 or 428 the field that {@code fel} must name (null: the whole body). */
    record Forvantan(Set<Integer> status, String falt) {

        static Forvantan faltfel(String falt) {
            return new Forvantan(Set.of(400), falt);
        }

        static Forvantan status(Integer... status) {
            return new Forvantan(Set.of(status), null);
        }
    }

    record Begaran(String namn, String anvandare, String metod, String sokvag, Map<String, String> huvuden,
                   String kropp, Forvantan forvantan) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NOD = JsonNodeFactory.instance;
    private static final Map<String, String> SOM_JSON = Map.of("Content-Type", "application/json");
    private static final String SKRIPT = "<script>alert(1)</script>";
    private static final String SOKVAG_UT = "../../etc";
    private static final String OKANT_ARENDE = "00000000-0000-0000-0000-000000000000";
    private static final String KATEGORI = "bemotande";
    private static final Pattern SOKVAGSVARIABEL = Pattern.compile("\\{(\\w+)}");
    /** The kinds written as a JSON string, where a blank one is as good as none. */
    private static final Set<Slag> SOM_TEXT = EnumSet.of(FRITEXT, NYCKEL, UPPRAKNING, TIDPUNKT, DATUM, FRIST, MANAD);

    private final Map<Mal, Arende> arenden;
    private final List<Begaran> korpus = new ArrayList<>();

    private Felkorpus(Map<Mal, Arende> arenden) {
        this.arenden = arenden;
    }

    /**
     * The corpus against a running application in which every case, åtgärd, template, check, analysis and meeting a
     * {@link Mal} names is on file, each at its version.
     */
    static List<Begaran> bygg(Map<Mal, Arende> arenden) {
        Felkorpus korpus = new Felkorpus(Map.copyOf(arenden));
        for (Slutpunkt slutpunkt : Slutpunkter.alla(arenden.get(Mal.AVVIKELSE).id())) {
            slutpunkt.falt().forEach(f -> korpus.faltfel(slutpunkt, f));
            korpus.kroppsfel(slutpunkt);
            korpus.innehallstyper(slutpunkt);
            if (slutpunkt.mal() != Mal.INGET) {
                korpus.sokvagsfel(slutpunkt);
            }
            if (slutpunkt.falt().stream().anyMatch(f -> f.slag() == VERSION)) {
                korpus.ifMatchFel(slutpunkt);
            }
        }
        korpus.korpus.addAll(Fragefel.alla(arenden));
        return List.copyOf(korpus.korpus);
    }

    /**
     * The valid request of each endpoint on the case {@code mal} names, in the order they are listed: sent one after
     * another, each at the version the one before left, every one must go through, or the corpus would break bodies
     * that are refused anyway.
     */
    static List<Begaran> giltiga(Map<Mal, Arende> arenden, Mal mal) {
        Felkorpus korpus = new Felkorpus(Map.copyOf(arenden));
        return Slutpunkter.alla(arenden.get(Mal.AVVIKELSE).id()).stream()
                .filter(s -> s.mal() == mal)
                .map(s -> begaran(s, "giltig", korpus.sokvag(s), SOM_JSON, korpus.giltig(s).toString(),
                        Forvantan.status(200, 201)))
                .toList();
    }

    private void faltfel(Slutpunkt s, Falt f) {
        ObjectNode giltig = giltig(s);
        Forvantan saknas = f.slag() == VERSION ? new Forvantan(Set.of(428), "version") : Forvantan.faltfel(f.namn());
        if (f.kravs() || f.slag() == VERSION) {
            ObjectNode utan = giltig.deepCopy();
            utan.remove(f.namn());
            post(s, f.namn() + " saknas", utan.toString(), saknas);
            post(s, f.namn() + " = null", med(giltig, f.namn(), NOD.nullNode()), saknas);
        }
        for (JsonNode fel : felaktigaVarden(f, giltig.get(f.namn()))) {
            post(s, f.namn() + " = " + beskriv(fel), med(giltig, f.namn(), fel), Forvantan.faltfel(f.namn()));
        }
        if (f.slag() == VERSION) {
            post(s, "version i framtiden", med(giltig, "version", NOD.numberNode(99)), Forvantan.status(409));
        }
    }

    /** Operators in every field, the wrong JSON types and values for the kind of field, empty and too long. */
    private static List<JsonNode> felaktigaVarden(Falt f, JsonNode giltigt) {
        List<JsonNode> varden = new ArrayList<>(List.of(objekt("$gt", ""), objekt("$where", "1")));
        varden.addAll(felaktigaFor(f.slag(), giltigt));
        if (f.slag() == NYCKEL) {
            varden.addAll(List.of(NOD.textNode(SKRIPT), NOD.textNode(SOKVAG_UT)));
        }
        if (f.kravs() && SOM_TEXT.contains(f.slag())) {
            varden.addAll(List.of(NOD.textNode(""), NOD.textNode("   ")));
        }
        if (f.kravs() && (f.slag() == UPPRAKNINGAR || f.slag() == NYCKLAR)) {
            varden.add(NOD.arrayNode());
        }
        if (f.maxLangd() > 0) {
            JsonNode forLang = NOD.textNode("a".repeat(f.maxLangd() + 1));
            varden.add(f.slag() == NYCKLAR ? NOD.arrayNode().add(forLang) : forLang);
        }
        return varden;
    }

    private static List<JsonNode> felaktigaFor(Slag slag, JsonNode giltigt) {
        return switch (slag) {
            case FRITEXT, NYCKEL -> List.of(NOD.numberNode(42), NOD.booleanNode(true),
                    NOD.arrayNode().add("x"), objekt("a", "x"));
            case NYCKLAR -> List.of(giltigt.get(0), NOD.numberNode(0), NOD.booleanNode(true), objekt("a", "x"),
                    NOD.arrayNode().add(0), NOD.arrayNode().add(true), NOD.arrayNode().add(NOD.arrayNode().add("x")),
                    NOD.arrayNode().add(objekt("a", "x")), NOD.arrayNode().addNull(), NOD.arrayNode().add("  "),
                    NOD.arrayNode().add(SKRIPT), NOD.arrayNode().add(SOKVAG_UT), NOD.arrayNode().add("okand"),
                    NOD.arrayNode().add(giltigt.get(0)).add("okand"));
            case UPPRAKNING -> List.of(NOD.numberNode(0), NOD.booleanNode(true), NOD.arrayNode().add(giltigt),
                    NOD.textNode("OKAND"), NOD.textNode(giltigt.asText().toLowerCase(Locale.ROOT)),
                    NOD.textNode(SKRIPT), NOD.textNode(SOKVAG_UT));
            case UPPRAKNINGAR -> List.of(giltigt.get(0), NOD.numberNode(0), NOD.booleanNode(true),
                    NOD.arrayNode().add(0), NOD.arrayNode().addNull(), NOD.arrayNode().add(SKRIPT),
                    NOD.arrayNode().add(SOKVAG_UT), NOD.arrayNode().add("okand"),
                    NOD.arrayNode().add(giltigt.get(0).asText().toLowerCase(Locale.ROOT)),
                    NOD.arrayNode().add(giltigt));
            case HELTAL -> List.of(NOD.textNode("fyra"), NOD.textNode("2"), NOD.numberNode(2.5),
                    NOD.booleanNode(true), NOD.arrayNode().add(2), NOD.numberNode(0), NOD.numberNode(5),
                    NOD.numberNode(-1), NOD.numberNode(99_999_999_999L));
            // a positive running number, e.g. an agenda point: any whole number from 1 is valid
            case NUMMER -> List.of(NOD.textNode("fyra"), NOD.textNode("2"), NOD.numberNode(2.5),
                    NOD.booleanNode(true), NOD.arrayNode().add(2), NOD.numberNode(0), NOD.numberNode(-1),
                    NOD.numberNode(99_999_999_999L));
            case STORT_HELTAL -> List.of(NOD.textNode("fyra"), NOD.textNode("2"), NOD.numberNode(2.5),
                    NOD.booleanNode(true), NOD.arrayNode().add(2),
                    NOD.numberNode(new BigInteger("99999999999999999999")));
            case RISKBEDOMNING -> bedomningsfel(giltigt);
            case SVAR -> svarsfel(giltigt);
            case TIDPUNKT -> List.of(NOD.numberNode(1_767_619_800), NOD.booleanNode(true),
                    NOD.arrayNode().add("x"), NOD.arrayNode().add(2026).add(1).add(5).add(13).add(30),
                    NOD.arrayNode(), NOD.textNode("2026-02-30T10:00"), NOD.textNode("2026-13-01T10:00"),
                    NOD.textNode("2026-01-05T25:00"), NOD.textNode("2026-01-05"), NOD.textNode("2026-01-05T13:30Z"),
                    NOD.textNode("2026-01-05T13:30+01:00"), NOD.textNode("05/01/2026 13:30"),
                    NOD.textNode("igår"), NOD.textNode("2999-01-01T00:00"), NOD.textNode(SKRIPT),
                    NOD.textNode(SOKVAG_UT));
            case DATUM -> datumfel();
            case FRIST -> {
                LocalDate idag = LocalDate.now(SvenskTid.ZON);
                List<JsonNode> fel = new ArrayList<>(datumfel());
                fel.addAll(List.of(NOD.textNode(idag.minusDays(1).toString()),
                        NOD.textNode(idag.plusYears(10).plusDays(1).toString())));
                yield fel;
            }
            case SANNING -> List.of(NOD.numberNode(1), NOD.textNode("ja"), NOD.textNode("true"),
                    NOD.arrayNode().add(true));
            case KALLA -> kallfel(giltigt);
            case KALLOR -> {
                List<JsonNode> fel = new ArrayList<>(List.of(NOD.textNode("x"), NOD.numberNode(0), giltigt.get(0),
                        NOD.arrayNode().addNull()));
                // each after a valid source, so that the first one checked is not the only one
                kallfel(giltigt.get(0)).forEach(kalla -> fel.add(NOD.arrayNode().add(giltigt.get(0)).add(kalla)));
                yield fel;
            }
            case KONTAKT -> kontaktfel(giltigt);
            case OMFANG -> omfangsfel(giltigt);
            case MANAD -> List.of(NOD.numberNode(202_603), NOD.booleanNode(true), NOD.arrayNode().add("x"),
                    NOD.arrayNode().add(2026).add(3), NOD.textNode("2026-13"), NOD.textNode("2026-3"),
                    NOD.textNode("2026-03-01"), NOD.textNode("mars 2026"), NOD.textNode(SKRIPT),
                    NOD.textNode(SOKVAG_UT));
            case DECIMALTAL -> List.of(NOD.textNode("fyra"), NOD.textNode("2"), NOD.booleanNode(true),
                    NOD.arrayNode().add(2), NOD.textNode(SKRIPT));
            case VERSION -> List.of(NOD.textNode("noll"), NOD.textNode("0"), NOD.numberNode(0.5),
                    NOD.booleanNode(true), NOD.arrayNode().add(0), NOD.numberNode(-1));
        };
    }

    private static List<JsonNode> datumfel() {
        return List.of(NOD.numberNode(20_260_105), NOD.booleanNode(true), NOD.arrayNode().add("x"),
                NOD.arrayNode().add(2026).add(1).add(5), NOD.arrayNode(), NOD.textNode("2026-02-30"),
                NOD.textNode("2026-13-01"), NOD.textNode("2026-01-05T10:00"), NOD.textNode("2026-1-5"),
                NOD.textNode("20260105"), NOD.textNode("05/01/2026"), NOD.textNode("igår"),
                NOD.textNode("2999-01-01"), NOD.textNode(SKRIPT), NOD.textNode(SOKVAG_UT));
    }

    /**
     * A source of another shape, without its kind or id, of an unknown kind, with an id that is no UUID or names no
     * case of its kind (the avvikelse's id as a lex Sarah case), or of a kind that cannot be a source yet.
     */
    private static List<JsonNode> kallfel(JsonNode giltig) {
        String id = giltig.get("id").asText();
        return List.of(NOD.numberNode(42), NOD.booleanNode(true), NOD.textNode(id), NOD.arrayNode().add(giltig),
                NOD.objectNode(), NOD.objectNode().put("typ", "AVVIKELSE"), NOD.objectNode().put("id", id),
                kalla(null, id), kalla("AVVIKELSE", null), kalla("OKAND", id), kalla("avvikelse", id),
                NOD.objectNode().put("typ", 0).put("id", id), NOD.objectNode().put("typ", "AVVIKELSE").put("id", 42),
                NOD.objectNode().put("id", id).set("typ", objekt("$gt", "")), kalla("AVVIKELSE", "   "),
                kalla("AVVIKELSE", "inte-ett-uuid"), kalla("AVVIKELSE", SKRIPT), kalla("AVVIKELSE", SOKVAG_UT),
                kalla("AVVIKELSE", "a".repeat(61)), kalla("AVVIKELSE", OKANT_ARENDE), kalla("LEX_SARAH", id),
                kalla("RISK", id), kalla("KVALITETSRAD", OKANT_ARENDE), giltig.<ObjectNode>deepCopy().put("okant", 1));
    }

    /** Contact details of another shape, with an unknown field, each detail too long or of another type. */
    private static List<JsonNode> kontaktfel(JsonNode giltig) {
        List<JsonNode> fel = new ArrayList<>(List.of(NOD.numberNode(42), NOD.booleanNode(true), NOD.textNode("x"),
                NOD.arrayNode().add(giltig), giltig.<ObjectNode>deepCopy().put("okant", 1),
                giltig.<ObjectNode>deepCopy().put("epost", "inte-en-adress"),
                giltig.<ObjectNode>deepCopy().put("epost", SKRIPT),
                giltig.<ObjectNode>deepCopy().put("epost", "a".repeat(190) + "@exempel.se")));
        for (Map.Entry<String, Integer> falt : List.of(Map.entry("namn", 200), Map.entry("telefon", 40),
                Map.entry("adress", 400))) {
            fel.add(giltig.<ObjectNode>deepCopy().put(falt.getKey(), "a".repeat(falt.getValue() + 1)));
            fel.add(giltig.<ObjectNode>deepCopy().put(falt.getKey(), 42));
            fel.add(giltig.<ObjectNode>deepCopy().set(falt.getKey(), objekt("$gt", "")));
        }
        return fel;
    }

    /** A scope of another shape, without its level or id, of a level a berättelse has not, or of no such unit. */
    private static List<JsonNode> omfangsfel(JsonNode giltig) {
        List<JsonNode> fel = new ArrayList<>(List.of(NOD.numberNode(42), NOD.booleanNode(true), NOD.textNode("x"),
                NOD.arrayNode().add(giltig), NOD.objectNode(), giltig.<ObjectNode>deepCopy().put("okant", 1)));
        for (JsonNode niva : List.of(NOD.nullNode(), NOD.numberNode(0), NOD.textNode("ENHET"), NOD.textNode("OKAND"),
                NOD.textNode("forvaltning"), NOD.textNode(SKRIPT), objekt("$gt", ""))) {
            fel.add(giltig.<ObjectNode>deepCopy().set("niva", niva));
        }
        for (JsonNode id : List.of(NOD.nullNode(), NOD.numberNode(42), NOD.textNode("  "), NOD.textNode("finns-inte"),
                NOD.textNode(SKRIPT), NOD.textNode(SOKVAG_UT), NOD.textNode("solgarden"), objekt("$gt", ""))) {
            fel.add(giltig.<ObjectNode>deepCopy().set("id", id));
        }
        return fel;
    }

    /** A place in the matrix of another shape, with an unknown field, or with either scale missing or off 1–4. */
    private static List<JsonNode> bedomningsfel(JsonNode giltig) {
        List<JsonNode> fel = new ArrayList<>(List.of(NOD.numberNode(42), NOD.booleanNode(true), NOD.textNode("x"),
                NOD.arrayNode().add(giltig), NOD.objectNode(), giltig.<ObjectNode>deepCopy().put("okant", 1)));
        for (String skala : List.of("konsekvens", "sannolikhet")) {
            fel.add(giltig.<ObjectNode>deepCopy().without(skala));
            fel.add(giltig.<ObjectNode>deepCopy().putNull(skala));
            fel.add(giltig.<ObjectNode>deepCopy().set(skala, objekt("$gt", "")));
            felaktigaFor(HELTAL, null).forEach(varde -> fel.add(giltig.<ObjectNode>deepCopy().set(skala, varde)));
        }
        return fel;
    }

    /**
     * An answer of another shape, with an unknown field or alternative, or one that does not fit a Ja / Nej question:
     * none at all, a number or a text instead or as well, a text too long for any question.
     */
    private static List<JsonNode> svarsfel(JsonNode giltig) {
        return List.of(NOD.numberNode(42), NOD.booleanNode(true), NOD.textNode("JA"), NOD.arrayNode().add(giltig),
                NOD.objectNode(), giltig.<ObjectNode>deepCopy().put("okant", 1),
                svar("alternativ", NOD.textNode("OKAND")), svar("alternativ", NOD.textNode("ja")),
                svar("alternativ", NOD.numberNode(0)), svar("alternativ", NOD.nullNode()),
                svar("alternativ", objekt("$gt", "")), svar("alternativ", NOD.textNode(SKRIPT)),
                svar("tal", NOD.numberNode(1)), svar("tal", NOD.textNode("fyra")), svar("tal", objekt("$gt", "")),
                svar("text", NOD.textNode("Ja")), svar("text", NOD.numberNode(42)),
                svar("text", NOD.textNode("a".repeat(4001))), giltig.<ObjectNode>deepCopy().put("tal", 1),
                giltig.<ObjectNode>deepCopy().put("text", "Ja"));
    }

    private static ObjectNode svar(String falt, JsonNode varde) {
        return NOD.objectNode().set(falt, varde);
    }

    private static ObjectNode kalla(String typ, String id) {
        return NOD.objectNode().put("typ", typ).put("id", id);
    }

    private void kroppsfel(Slutpunkt s) {
        Forvantan helaKroppen = Forvantan.status(400);
        // an endpoint that lists the version first takes no body at all (closing), and then misses just the version
        Forvantan ingenKropp = s.falt().get(0).slag() == VERSION ? new Forvantan(Set.of(428), "version") : helaKroppen;
        post(s, "tom kropp", "", ingenKropp);
        post(s, "kroppen null", "null", ingenKropp);
        post(s, "kroppen en lista", "[]", helaKroppen);
        post(s, "kroppen ett tal", "42", helaKroppen);
        post(s, "kroppen en text", "\"text\"", helaKroppen);
        ObjectNode giltig = giltig(s);
        String text = giltig.toString();
        post(s, "avklippt JSON", text.substring(0, text.length() - 1), helaKroppen);
        post(s, "enkla citattecken", text.replace('"', '\''), helaKroppen);
        post(s, "10000 nästlade listor", "[".repeat(10_000) + "]".repeat(10_000), helaKroppen);
        String forsta = s.falt().get(0).namn();
        ObjectNode djup = giltig.deepCopy().putRawValue(forsta,
                new RawValue("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
        post(s, forsta + " = 10000 nästlade objekt", djup.toString(), Forvantan.faltfel(forsta));
        post(s, "okänt fält", med(giltig, "okant", NOD.numberNode(1)), Forvantan.faltfel("okant"));
        post(s, "okänt fält $where", med(giltig, "$where", NOD.textNode("1")), Forvantan.faltfel("$where"));
        Falt stort = s.falt().stream().filter(f -> f.slag() == FRITEXT).findFirst().orElse(s.falt().get(0));
        post(s, stort.namn() + " = 5 MB text", med(giltig, stort.namn(), NOD.textNode("x".repeat(5_000_000))),
                new Forvantan(Set.of(400, 413), stort.namn()));
    }

    private void innehallstyper(Slutpunkt s) {
        for (String typ : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/yaml", "multipart/form-data; boundary=x", "application/octet-stream")) {
            korpus.add(begaran(s, "som " + typ, sokvag(s), Map.of("Content-Type", typ), giltig(s).toString(),
                    Forvantan.status(415)));
        }
        korpus.add(begaran(s, "utan innehållstyp", sokvag(s), Map.of(), giltig(s).toString(),
                Forvantan.status(415)));
    }

    /** Each variable of the path in turn ({@code id}, a risk's {@code risk}) bad or unknown, the others valid. */
    private void sokvagsfel(Slutpunkt s) {
        Matcher variabler = SOKVAGSVARIABEL.matcher(s.mall());
        while (variabler.find()) {
            String variabel = variabler.group(1);
            Forvantan felId = s.mal() == Mal.KATEGORI ? Forvantan.status(404) : Forvantan.faltfel(variabel);
            sokvagsfel(s, variabel, "inte-ett-uuid", felId);
            sokvagsfel(s, variabel, "%20", felId);
            // refused by Tomcat or Spring Security's firewall before any endpoint is chosen
            for (String id : List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc", "%00", "%25", "%5C",
                    "%2e%2e", "%3B", "a;b=c")) {
                sokvagsfel(s, variabel, id, Forvantan.status(400));
            }
            sokvagsfel(s, variabel, OKANT_ARENDE, Forvantan.status(404));
        }
    }

    private void sokvagsfel(Slutpunkt s, String variabel, String id, Forvantan forvantan) {
        korpus.add(begaran(s, variabel + " " + id, sokvag(s.mall().replace("{" + variabel + "}", id), s.mal()),
                SOM_JSON, giltig(s).toString(), forvantan));
    }

    private void ifMatchFel(Slutpunkt s) {
        for (String ifMatch : List.of("abc", "\"-1\"", "*", "W/\"x\"", "\"1e3\"")) {
            korpus.add(begaran(s, "If-Match " + ifMatch, sokvag(s),
                    Map.of("Content-Type", "application/json", "If-Match", ifMatch), giltig(s).toString(),
                    Forvantan.faltfel("If-Match")));
        }
    }

    private void post(Slutpunkt s, String vad, String kropp, Forvantan forvantan) {
        korpus.add(begaran(s, vad, sokvag(s), SOM_JSON, kropp, forvantan));
    }

    private static Begaran begaran(Slutpunkt s, String vad, String sokvag, Map<String, String> huvuden, String kropp,
                                   Forvantan forvantan) {
        return new Begaran(s.metod() + " " + s.mall() + ": " + vad, s.anvandare(), s.metod(), sokvag, huvuden, kropp,
                forvantan);
    }

    private String sokvag(Slutpunkt s) {
        return sokvag(s.mall(), s.mal());
    }

    /** The path with its {@code {id}} and any second variable filled in from the case on file. */
    private String sokvag(String mall, Mal mal) {
        return switch (mal) {
            case INGET -> mall;
            case KATEGORI -> mall.replace("{id}", KATEGORI);
            case AVVIKELSE, LEX_SARAH, ATGARD, SYNPUNKT, INDIKATOR, KONTROLLMALL, EGENKONTROLL,
                 EGENKONTROLL_MED_STICKPROV, RISKANALYS, RISKANALYS_FASTSTALLD, KVALITETSBERATTELSE,
                 KVALITETSRADSMOTE -> {
                Arende arende = arenden.get(mal);
                String sokvag = mall.replace("{id}", arende.id());
                yield arende.del() == null ? sokvag : SOKVAGSVARIABEL.matcher(sokvag).replaceFirst(arende.del());
            }
        };
    }

    /** The endpoint's valid body, with the version its case is at where the endpoint takes one. */
    private ObjectNode giltig(Slutpunkt s) {
        ObjectNode giltig;
        try {
            giltig = (ObjectNode) JSON.readTree(s.giltig());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(s.giltig(), e);
        }
        if (s.falt().stream().anyMatch(f -> f.slag() == VERSION)) {
            giltig.put("version", arenden.get(s.mal()).version());
        }
        return giltig;
    }

    private static String med(ObjectNode giltig, String falt, JsonNode varde) {
        ObjectNode kropp = giltig.deepCopy();
        kropp.set(falt, varde);
        return kropp.toString();
    }

    private static ObjectNode objekt(String nyckel, String varde) {
        return NOD.objectNode().put(nyckel, varde);
    }

    private static String beskriv(JsonNode varde) {
        String text = varde.toString();
        return text.length() <= 40 || !varde.isTextual() ? text
                : text.substring(0, 12) + "…\" (" + varde.asText().length() + " tecken)";
    }
}
