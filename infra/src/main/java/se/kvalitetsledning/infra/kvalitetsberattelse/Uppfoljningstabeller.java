package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import se.kvalitetsledning.egenkontroll.EgenkontrollStatistik;
import se.kvalitetsledning.egenkontroll.Trafikljus;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.Indikatorvarde;
import se.kvalitetsledning.indikator.Malvarde;
import se.kvalitetsledning.indikator.Riktning;
import se.kvalitetsledning.infra.kvalitetsberattelse.Arsjamforelse.Post;
import se.kvalitetsledning.kvalitetsberattelse.Tabell;
import se.kvalitetsledning.riskanalys.Anledning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik;

/** The year's egenkontroller, riskanalyser and indikatorer beside the previous year's. */
final class Uppfoljningstabeller {

    private Uppfoljningstabeller() {
    }

    static List<Tabell> egenkontroller(int ar, EgenkontrollStatistik iar, EgenkontrollStatistik ifjol,
                                       String byggtFran) {
        Map<String, long[]> perMall = new TreeMap<>();
        iar.rakningar().forEach(r -> lagg(perMall, r, 2));
        ifjol.rakningar().forEach(r -> lagg(perMall, r, 0));
        List<Tabell.Rad> rader = new ArrayList<>();
        long[] totalt = new long[4];
        perMall.forEach((mall, antal) -> {
            rader.add(Tabell.Rad.av(mall, tal(antal[0]), tal(antal[1]), tal(antal[2]), tal(antal[3])));
            Arrays.setAll(totalt, i -> totalt[i] + antal[i]);
        });
        rader.add(Tabell.Rad.av("Totalt", tal(totalt[0]), tal(totalt[1]), tal(totalt[2]), tal(totalt[3])));
        var genomforande = new Tabell("egenkontroller-genomforande", "Egenkontroller planerade och genomförda",
                List.of("Kontrollmall", "Planerade " + (ar - 1), "Genomförda " + (ar - 1), "Planerade " + ar,
                        "Genomförda " + ar), rader, byggtFran + " Inställda kontroller räknas inte som planerade.");
        List<Post> farger = List.of(
                new Post(Trafikljus.GRON.benamning(), summa(ifjol, EgenkontrollStatistik.Rakning::gron),
                        summa(iar, EgenkontrollStatistik.Rakning::gron)),
                new Post(Trafikljus.GUL.benamning(), summa(ifjol, EgenkontrollStatistik.Rakning::gul),
                        summa(iar, EgenkontrollStatistik.Rakning::gul)),
                new Post(Trafikljus.ROD.benamning(), summa(ifjol, EgenkontrollStatistik.Rakning::rod),
                        summa(iar, EgenkontrollStatistik.Rakning::rod)));
        return List.of(genomforande, Arsjamforelse.tabell("egenkontroller-resultat",
                "Frågornas resultat i genomförda egenkontroller", "Färg", ar, farger, true, byggtFran));
    }

    static List<Tabell> riskanalyser(int ar, RiskanalysStatistik iar, RiskanalysStatistik ifjol, String byggtFran) {
        List<Post> anledningar = Arrays.stream(Anledning.values())
                .map(a -> new Post(a.benamning(), analyser(ifjol, a), analyser(iar, a)))
                .filter(p -> p.iar() + p.ifjol() > 0)
                .toList();
        List<Post> risker = new ArrayList<>();
        for (var farg : Riskfarg.values()) {
            risker.add(new Post("Risker " + farg.benamning().toLowerCase(), risker(ifjol, farg), risker(iar, farg)));
        }
        risker.add(new Post("Risker totalt", risker.stream().mapToLong(Post::ifjol).sum(),
                risker.stream().mapToLong(Post::iar).sum()));
        risker.add(new Post("Granskningar av risker",
                ifjol.granskningar().stream().mapToLong(RiskanalysStatistik.Granskningsrakning::antal).sum(),
                iar.granskningar().stream().mapToLong(RiskanalysStatistik.Granskningsrakning::antal).sum()));
        return List.of(
                Arsjamforelse.tabell("riskanalyser-anledning", "Riskanalyser per anledning", "Anledning", ar,
                        anledningar, true, byggtFran),
                Arsjamforelse.tabell("riskanalyser-risker", "Identifierade risker och granskningar", "", ar, risker,
                        false, byggtFran + " Risken räknas med den färg analysen gav den."));
    }

    /** Each indikator: its target at the year's end, its green months each year and the year's latest value. */
    static Tabell indikatorer(int ar, List<IndikatorDetaljer> indikatorer, Function<String, String> enhetsnamn,
                              String byggtFran) {
        List<Tabell.Rad> rader = indikatorer.stream()
                .filter(i -> !i.fran().isAfter(YearMonth.of(ar, 12)))
                .map(i -> Tabell.Rad.av(i.namn(), enhetsnamn.apply(i.enhet()), mal(i, ar),
                        grona(i, ar - 1), grona(i, ar), senaste(i, ar)))
                .toList();
        return new Tabell("mal-indikatorer", "Indikatorer", List.of("Indikator", "Enhet", "Mål " + ar,
                "Gröna månader " + (ar - 1), "Gröna månader " + ar, "Senaste värde " + ar), rader, byggtFran);
    }

    private static String mal(IndikatorDetaljer indikator, int ar) {
        Malvarde mal = indikator.galler(YearMonth.of(ar, 12));
        String riktning = mal.riktning() == Riktning.LAGRE_AR_BATTRE ? "högst " : "minst ";
        return riktning + text(mal.mal()) + " " + indikator.enhetsbeteckning();
    }

    private static String grona(IndikatorDetaljer indikator, int ar) {
        List<Indikatorvarde> varden = varden(indikator, ar);
        long grona = varden.stream().filter(v -> v.farg() == Trafikljus.GRON).count();
        return varden.isEmpty() ? "–" : grona + " av " + varden.size();
    }

    private static String senaste(IndikatorDetaljer indikator, int ar) {
        List<Indikatorvarde> varden = varden(indikator, ar);
        if (varden.isEmpty()) {
            return "–";
        }
        Indikatorvarde senaste = varden.get(varden.size() - 1);
        return text(senaste.varde()) + " (" + senaste.manad() + ", " + senaste.farg().benamning().toLowerCase() + ")";
    }

    private static List<Indikatorvarde> varden(IndikatorDetaljer indikator, int ar) {
        return indikator.varden().stream().filter(v -> v.manad().getYear() == ar).toList();
    }

    private static String text(BigDecimal tal) {
        return tal.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static void lagg(Map<String, long[]> perMall, EgenkontrollStatistik.Rakning r, int forskjutning) {
        long[] antal = perMall.computeIfAbsent(r.mallnamn(), m -> new long[4]);
        antal[forskjutning] += r.planerade();
        antal[forskjutning + 1] += r.genomforda();
    }

    private static long summa(EgenkontrollStatistik statistik, ToLongFunction<EgenkontrollStatistik.Rakning> varde) {
        return statistik.rakningar().stream().mapToLong(varde).sum();
    }

    private static long analyser(RiskanalysStatistik statistik, Anledning anledning) {
        return statistik.analyser().stream().filter(a -> a.anledning() == anledning)
                .mapToLong(RiskanalysStatistik.Analysrakning::antal).sum();
    }

    private static long risker(RiskanalysStatistik statistik, Riskfarg farg) {
        return statistik.risker().stream().filter(r -> r.farg() == farg)
                .mapToLong(RiskanalysStatistik.Riskrakning::antal).sum();
    }

    private static String tal(long antal) {
        return Arsjamforelse.tal(antal);
    }
}
