package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.ATGARD;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRIST;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.KALLA;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.KALLOR;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKLAR;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNING;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNINGAR;

import java.time.LocalDate;
import java.util.List;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.api.Felkorpus.Slutpunkt;

/**
 * One valid request body per POST endpoint of the improvement backlog's API, sent by hanna, who handles the enhet.
 * The åtgärd is newly proposed, so most of its lifecycle would still be refused by a rule (422), but a broken field is
 * refused before any rule is tried. The valid source is the avvikelse on file, which hanna handles.
 */
final class AtgardSlutpunkter {

    private static final String ATGARDEN = "/api/atgarder/{id}/";

    private AtgardSlutpunkter() {
    }

    static List<Slutpunkt> alla(String avvikelse, Falt version) {
        String kalla = """
                {"typ":"AVVIKELSE","id":"%s"}""".formatted(avvikelse);
        Falt skal = new Falt("skal", FRITEXT, true, 2000);
        return List.of(foresla(kalla),
                new Slutpunkt(ATGARDEN + "beslut", ATGARD, "hanna", "{}", List.of(version)),
                new Slutpunkt(ATGARDEN + "paborjan", ATGARD, "hanna", "{}", List.of(version)),
                new Slutpunkt(ATGARDEN + "genomforande", ATGARD, "hanna", """
                        {"kommentar":"Planen rättad"}""",
                        List.of(new Falt("kommentar", FRITEXT, false, 4000), version)),
                new Slutpunkt(ATGARDEN + "effekt", ATGARD, "hanna", """
                        {"utfall":"FICK_EFFEKT","evidens":"Inga fel på tre månader"}""",
                        List.of(new Falt("utfall", UPPRAKNING, true, 0), new Falt("evidens", FRITEXT, true, 4000),
                                version)),
                new Slutpunkt(ATGARDEN + "avskrivning", ATGARD, "hanna", """
                        {"skal":"Ersätts av en bredare åtgärd"}""", List.of(skal, version)),
                new Slutpunkt(ATGARDEN + "forfallodatum", ATGARD, "hanna", """
                        {"till":"%s","skal":"Leverantören är sen"}""".formatted(omManader(2)),
                        List.of(new Falt("till", FRIST, true, 0), skal, version)),
                new Slutpunkt(ATGARDEN + "kallor", ATGARD, "hanna", """
                        {"kalla":%s}""".formatted(kalla), List.of(new Falt("kalla", KALLA, true, 0), version)));
    }

    /** A proposal with its own id and a source, so that each of those fields is checked too. */
    private static Slutpunkt foresla(String kalla) {
        return new Slutpunkt("/api/atgarder", INGET, "hanna", """
                {"id":"7c2e9b14-3d5a-4f6e-8b1c-9a0d2e4f6a81","titel":"Rätta genomförandeplanen",
                 "beskrivning":"Kosten saknades i planen","typ":"KORRIGERANDE",
                 "kvalitetsomraden":["TRYGGHET_OCH_SAKERHET"],"enheter":["gruppbostad-eken"],"agare":"hanna",
                 "forfallodatum":"%s","forvantadEffekt":"Rätt kost","matning":"Avvikelser om kost per kvartal",
                 "prioritet":"HOG","kallor":[%s]}""".formatted(omManader(1), kalla), List.of(
                new Falt("titel", FRITEXT, true, 200), new Falt("id", NYCKEL, false, 0),
                new Falt("beskrivning", FRITEXT, false, 4000), new Falt("typ", UPPRAKNING, true, 0),
                new Falt("kvalitetsomraden", UPPRAKNINGAR, false, 0), new Falt("enheter", NYCKLAR, true, 60),
                new Falt("agare", NYCKEL, true, 100), new Falt("forfallodatum", FRIST, true, 0),
                new Falt("forvantadEffekt", FRITEXT, false, 2000), new Falt("matning", FRITEXT, false, 2000),
                new Falt("prioritet", UPPRAKNING, true, 0), new Falt("kallor", KALLOR, false, 0)));
    }

    private static LocalDate omManader(int manader) {
        return LocalDate.now(SvenskTid.ZON).plusMonths(manader);
    }
}
