package se.kvalitetsledning.infra.api;

import static se.kvalitetsledning.infra.api.Felkorpus.Mal.EGENKONTROLL;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.EGENKONTROLL_MED_STICKPROV;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.INGET;
import static se.kvalitetsledning.infra.api.Felkorpus.Mal.KONTROLLMALL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.FRITEXT;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NUMMER;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.NYCKEL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.STORT_HELTAL;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.SVAR;
import static se.kvalitetsledning.infra.api.Felkorpus.Slag.UPPRAKNINGAR;

import java.time.YearMonth;
import java.util.List;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.Felkorpus.Falt;
import se.kvalitetsledning.infra.egenkontroll.Standardmallar;

/**
 * The kontrollmall and egenkontroll API's POST endpoints, each with a valid body, as the R5 corpus breaks them. The
 * sample and the answers go to a check that is started and has the whole population of three drawn (items "1"–"3"),
 * so that their valid bodies go through: the same sample again, then an answer for its first item.
 */
final class EgenkontrollSlutpunkter {

    private static final String MALLEN = "/api/kontrollmallar/{id}/";
    private static final String KONTROLLEN = "/api/egenkontroller/{id}/";

    private EgenkontrollSlutpunkter() {
    }

    static List<Felkorpus.Slutpunkt> alla(Falt version) {
        String manad = YearMonth.now(SvenskTid.ZON).toString();
        return List.of(
                new Felkorpus.Slutpunkt("/api/kontrollmallar", INGET, "karin", """
                        {"namn":"Samtycke","beskrivning":"Granskning av samtycken",
                         "kvalitetsomraden":["SJALVBESTAMMANDE_OCH_INTEGRITET"]}""", List.of(
                        new Falt("namn", FRITEXT, true, 200), new Falt("id", NYCKEL, false, 0),
                        new Falt("beskrivning", FRITEXT, false, 4000),
                        new Falt("kvalitetsomraden", UPPRAKNINGAR, false, 0))),
                new Felkorpus.Slutpunkt(MALLEN + "utkast", KONTROLLMALL, "karin", """
                        {"namn":"Samtycke","kvalitetsomraden":["SJALVBESTAMMANDE_OCH_INTEGRITET"],"fragor":[
                          {"id":"samtycke","text":"Samtycke finns","svarstyp":"JA_NEJ_EJ_AKTUELLT",
                           "kvalitetsomrade":"SJALVBESTAMMANDE_OCH_INTEGRITET","obligatorisk":true}]}""", List.of(
                        new Falt("namn", FRITEXT, true, 200), new Falt("beskrivning", FRITEXT, false, 4000),
                        new Falt("kvalitetsomraden", UPPRAKNINGAR, false, 0), version)),
                new Felkorpus.Slutpunkt(MALLEN + "publicering", KONTROLLMALL, "karin", "{}", List.of(version)),
                new Felkorpus.Slutpunkt("/api/egenkontroller", INGET, "karin", """
                        {"mall":"%s","enhet":"solgarden","manad":"%s","ansvarig":"olof"}""".formatted(
                        Standardmallar.id(Standardmallar.GENOMFORANDEPLAN), manad), List.of(
                        new Falt("mall", NYCKEL, true, 0), new Falt("enhet", NYCKEL, true, 60),
                        new Falt("ansvarig", NYCKEL, true, 100), new Falt("id", NYCKEL, false, 0))),
                new Felkorpus.Slutpunkt(KONTROLLEN + "omplanering", EGENKONTROLL, "karin", """
                        {"manad":"%s","ansvarig":"olof"}""".formatted(manad), List.of(
                        new Falt("ansvarig", NYCKEL, true, 100), version)),
                new Felkorpus.Slutpunkt(KONTROLLEN + "paborjan", EGENKONTROLL, "karin", "{}", List.of(version)),
                new Felkorpus.Slutpunkt(KONTROLLEN + "slutforande", EGENKONTROLL, "karin", "{}", List.of(version)),
                // given neither its size nor a list of references, the population misses its size
                new Felkorpus.Slutpunkt(KONTROLLEN + "stickprov", EGENKONTROLL_MED_STICKPROV, "karin", """
                        {"populationsstorlek":3,"stickprovsstorlek":3,"fro":42}""", List.of(
                        new Falt("populationsstorlek", NUMMER, true, 0),
                        new Falt("stickprovsstorlek", NUMMER, false, 0), new Falt("fro", STORT_HELTAL, false, 0),
                        version)),
                new Felkorpus.Slutpunkt(KONTROLLEN + "svar", EGENKONTROLL_MED_STICKPROV, "karin", """
                        {"post":"1","fraga":"plan-finns","svar":{"alternativ":"JA"}}""", List.of(
                        new Falt("post", NYCKEL, true, 100), new Falt("fraga", NYCKEL, true, 0),
                        new Falt("svar", SVAR, true, 0), version)),
                new Felkorpus.Slutpunkt(KONTROLLEN + "installning", EGENKONTROLL, "karin", """
                        {"skal":"Enheten flyttar"}""", List.of(new Falt("skal", FRITEXT, true, 2000), version)));
    }
}
