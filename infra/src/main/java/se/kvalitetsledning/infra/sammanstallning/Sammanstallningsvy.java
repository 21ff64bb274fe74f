package se.kvalitetsledning.infra.sammanstallning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Handlingstid;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Jamforelse;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Rad;
import se.kvalitetsledning.infra.sammanstallning.Tabell.Procent;
import se.kvalitetsledning.riskanalys.Riskmatris;
import se.kvalitetsledning.sammanstallning.Monsterflagga;

/** Lays a summary out as headed parts with tables, the same for the page, the PDF and the workbook. */
public final class Sammanstallningsvy {

    private static final List<String> ANDELAR = List.of("Antal", "Andel");

    private Sammanstallningsvy() {
    }

    public static List<Avsnitt> avsnitt(Manadssammanstallning s) {
        var avvikelser = s.avvikelser();
        var lexSarah = s.lexSarah();
        var synpunkter = s.synpunkter();
        var ek = s.egenkontroller();
        var risk = s.riskanalyser();
        var atgarder = s.atgarder();
        return List.of(
                new Avsnitt("oversikt", "Översikt", List.of(), List.of(oversikt(s))),
                new Avsnitt("monster", "Mönster", monster(s.monster()), List.of()),
                new Avsnitt("avvikelser", "Avvikelser", List.of(), List.of(
                        andelar("avvikelser-kategori", "Per kategori", "Kategori", avvikelser.perKategori()),
                        andelar("avvikelser-topp", "De tre största kategorierna", "Kategori",
                                avvikelser.toppTre()),
                        andelar("avvikelser-omrade", "Per kvalitetsområde (en avvikelse kan röra flera)",
                                "Kvalitetsområde", avvikelser.perKvalitetsomrade()),
                        andelar("avvikelser-riskfarg", "Per riskfärg", "Riskfärg", avvikelser.perRiskfarg()),
                        handlingstid("avvikelser-tid", avvikelser.handlingstid()))),
                new Avsnitt("lex-sarah", "Lex Sarah", List.of(), List.of(
                        andelar("lex-sarah-niva", "Per bedömning", "Bedömning", lexSarah.perNiva()),
                        tabell("lex-sarah-ivo", "Anmälningar till IVO", List.of("Rapporter", "Antal"),
                                rad("Anmälda till IVO av månadens rapporter", lexSarah.anmaldaTillIvo())),
                        handlingstid("lex-sarah-tid", lexSarah.handlingstid()))),
                new Avsnitt("synpunkter", "Synpunkter och klagomål", List.of(), List.of(
                        andelar("synpunkter-typ", "Per typ", "Typ", synpunkter.perTyp()),
                        andelar("synpunkter-kategori", "Per kategori", "Kategori", synpunkter.perKategori()),
                        andelar("synpunkter-topp", "De tre största kategorierna", "Kategori",
                                synpunkter.toppTre()),
                        tabell("synpunkter-svar", "Besvarade inom svarsfristen",
                                List.of("Med svarsfrist", "Besvarade i tid", "Andel"),
                                rad(synpunkter.medSvarsfrist(), synpunkter.besvaradeITid(),
                                        new Procent(synpunkter.besvaradeITidProcent()))),
                        handlingstid("synpunkter-tid", synpunkter.handlingstid()))),
                new Avsnitt("egenkontroller", "Egenkontroller " + ek.ar(), List.of(), List.of(
                        tabell("egenkontroller-plan", "Planerade och genomförda",
                                List.of("Planerade", "Genomförda", "Inställda", "Andel genomförda"),
                                rad(ek.planerade(), ek.genomforda(), ek.installda(),
                                        new Procent(ek.genomfordaProcent()))),
                        andelar("egenkontroller-farg", "Frågornas resultat per färg", "Färg",
                                ek.resultatPerFarg()),
                        andelar("egenkontroller-mall", "Genomförda per kontrolltyp", "Kontrolltyp", ek.perMall()))),
                new Avsnitt("riskanalyser", "Riskanalyser " + risk.ar(), List.of(), List.of(
                        andelar("riskanalyser-farg", "Identifierade risker per färg", "Riskfärg",
                                risk.riskerPerFarg()),
                        tabell("riskanalyser-antal", "Analyser och granskningar", List.of("Analyser", "Granskningar"),
                                rad(risk.analyser(), risk.granskningar())),
                        riskmatris(risk.matris()))),
                new Avsnitt("atgarder", "Åtgärder " + atgarder.ar(), List.of(), List.of(
                        tabell("atgarder-antal", "Förbättringsarbetet",
                                List.of("Skapade", "Genomförda", "Försenade", "Med effekt"),
                                rad(atgarder.skapade(), atgarder.genomforda(), atgarder.forsenade(),
                                        atgarder.medEffekt())))),
                new Avsnitt("trend", "Trend", List.of(), List.of(trend(s))));
    }

    private static Tabell oversikt(Manadssammanstallning s) {
        return tabell("oversikt", "Inkomna under månaden jämfört med tidigare",
                List.of("Källa", "Månaden", "Samma månad föregående år", "Rullande 12 månader",
                        "Rullande 12 månader föregående år", "Öppna av månadens", "Försenade öppna nu"),
                jamforelse("Avvikelser", s.avvikelser().antal(), s.avvikelser().oppna(),
                        s.avvikelser().forsenadeOppna()),
                jamforelse("Lex Sarah-rapporter", s.lexSarah().antal(), s.lexSarah().oppna(),
                        s.lexSarah().forsenadeOppna()),
                jamforelse("Synpunkter och klagomål", s.synpunkter().antal(), s.synpunkter().oppna(),
                        s.synpunkter().forsenadeOppna()));
    }

    private static List<String> monster(List<Monsterflagga> flaggor) {
        if (flaggor.isEmpty()) {
            return List.of("Inga mönster flaggade: ingen kategori eller enhet ökade tydligt och ingen kategori "
                    + "domineras av en och samma person.");
        }
        return flaggor.stream().map(Monsterflagga::text).toList();
    }

    private static List<Object> jamforelse(String kalla, Jamforelse j, long oppna, long forsenade) {
        return rad(kalla, j.manad(), j.sammaManadForegaendeAr(), j.rullande12(), j.rullande12ForegaendeAr(), oppna,
                forsenade);
    }

    private static Tabell andelar(String id, String rubrik, String forsta, List<Rad> rader) {
        var kolumner = new ArrayList<String>();
        kolumner.add(forsta);
        kolumner.addAll(ANDELAR);
        return new Tabell(id, rubrik, kolumner,
                rader.stream().map(r -> rad(r.namn(), r.antal(), new Procent(r.procent()))).toList());
    }

    private static Tabell handlingstid(String id, Handlingstid h) {
        return tabell(id, "Handläggningstid för ärenden avslutade under månaden",
                List.of("Avslutade", "Median (dagar)", "Servicenivå (dagar)", "Inom servicenivån"),
                rad(h.avslutade(), h.medianDagar(), h.servicenivaDagar(), new Procent(h.inomServicenivaProcent())));
    }

    /** Konsekvens 4 at the top, sannolikhet 1–4 from the left, as the heat map is drawn. */
    private static Tabell riskmatris(Riskmatris matris) {
        var rader = new ArrayList<List<Object>>();
        for (int k = 4; k >= 1; k--) {
            rader.add(rad("Konsekvens " + k, matris.antal(k, 1), matris.antal(k, 2), matris.antal(k, 3),
                    matris.antal(k, 4)));
        }
        return new Tabell("riskanalyser-matris", "Öppna risker nu per konsekvens och sannolikhet, "
                + matris.totalt() + " totalt",
                List.of("Konsekvens", "Sannolikhet 1", "Sannolikhet 2", "Sannolikhet 3", "Sannolikhet 4"), rader);
    }

    private static Tabell trend(Manadssammanstallning s) {
        return new Tabell("trend", "Inkomna per månad, 24 månader",
                List.of("Månad", "Avvikelser", "Lex Sarah-rapporter", "Synpunkter och klagomål"),
                s.trend().stream().map(p -> rad(p.manad().toString(), p.avvikelser(), p.lexSarah(),
                        p.synpunkter())).toList());
    }

    @SafeVarargs
    private static Tabell tabell(String id, String rubrik, List<String> kolumner, List<Object>... rader) {
        return new Tabell(id, rubrik, kolumner, List.of(rader));
    }

    /** A row; unlike {@code List.of} it keeps null cells. */
    private static List<Object> rad(Object... celler) {
        return new ArrayList<>(Arrays.asList(celler));
    }
}
