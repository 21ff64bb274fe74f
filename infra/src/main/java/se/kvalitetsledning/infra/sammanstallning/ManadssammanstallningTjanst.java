package se.kvalitetsledning.infra.sammanstallning;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import se.kvalitetsledning.atgard.AtgardRakning;
import se.kvalitetsledning.atgard.RaknaAtgarder;
import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatistik;
import se.kvalitetsledning.egenkontroll.RaknaEgenkontroller;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Atgarder;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Avvikelser;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Egenkontroller;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Jamforelse;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.LexSarah;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Riskanalyser;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Synpunkter;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning.Trendpunkt;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.projektion.GlesaProjektioner;
import se.kvalitetsledning.riskanalys.RaknaRiskanalyser;
import se.kvalitetsledning.riskanalys.RaknaRiskmatris;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik;
import se.kvalitetsledning.riskanalys.Riskmatris;
import se.kvalitetsledning.sammanstallning.Arendeflode;
import se.kvalitetsledning.sammanstallning.Arendeflode.Flode;
import se.kvalitetsledning.sammanstallning.Arendeslag;
import se.kvalitetsledning.sammanstallning.Monsterregler;
import se.kvalitetsledning.sammanstallning.Monsterunderlag;
import se.kvalitetsledning.sammanstallning.RaknaArendeflode;
import se.kvalitetsledning.sammanstallning.RaknaMonster;
import se.kvalitetsledning.synpunkt.RaknaSynpunkter;
import se.kvalitetsledning.synpunkt.SynpunktStatistik;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/** Builds a month's summary from the projections' counters; nothing here reads the event store. */
@Service
public class ManadssammanstallningTjanst {

    /** The projections a summary is built from. */
    public static final List<String> PROJEKTIONER = List.of("arendeflode", "avvikelse-monster", "synpunkter",
            "egenkontroller", "atgard", GlesaProjektioner.NAMN);

    /** The id of the rows of cases not yet classified, whatever is counted. */
    private static final String OKLASSIFICERAD = AvvikelseRakning.OKLASSIFICERAD;

    private final QueryGateway queries;
    private final Omfattningar omfattningar;
    private final Namnuppslag namn;
    private final SammanstallningEgenskaper serviceniva;
    private final Clock klocka;

    ManadssammanstallningTjanst(QueryGateway queries, Omfattningar omfattningar, Namnuppslag namn,
                                SammanstallningEgenskaper serviceniva, Clock klocka) {
        this.queries = queries;
        this.omfattningar = omfattningar;
        this.namn = namn;
        this.serviceniva = serviceniva;
        this.klocka = klocka;
    }

    /** The scope the actor asks for, refused with 403 when not theirs and 400 naming the field when unknown. */
    public Omfattning omfattning(Aktor aktor, String forvaltning, String verksamhetsomrade, String enhet) {
        return omfattningar.tolka(aktor, forvaltning, verksamhetsomrade, enhet);
    }

    public List<Omfattning> valbaraOmfattningar(Aktor aktor) {
        return omfattningar.valbara(aktor);
    }

    public Manadssammanstallning bygg(YearMonth manad, Omfattning omfattning) {
        Instant nu = klocka.instant();
        Set<String> enheter = omfattning.hela() ? null : omfattning.enheter();
        var flode = fraga(new RaknaArendeflode(enheter, manad,
                nu.minus(serviceniva.avvikelse(), ChronoUnit.DAYS)), Arendeflode.class);
        var monster = fraga(new RaknaMonster(enheter, manad, manad), Monsterunderlag.class);
        var kategorier = namn.kategorinamn();
        Function<String, String> kategorinamn = id -> id.equals(OKLASSIFICERAD) ? "Ej klassificerad"
                : kategorier.getOrDefault(id, id);
        var enhetsnamn = namn.enhetsnamn();
        int ar = manad.getYear();
        return new Manadssammanstallning(manad, omfattning, nu,
                avvikelser(flode.flode(Arendeslag.AVVIKELSE), manad, kategorinamn),
                lexSarah(flode.flode(Arendeslag.LEX_SARAH), manad),
                synpunkter(flode.flode(Arendeslag.SYNPUNKT), manad, omfattning, kategorinamn),
                egenkontroller(omfattning.enheter(), ar),
                riskanalyser(omfattning.enheter(), ar),
                atgarder(omfattning.enheter(), ar),
                Monsterregler.STANDARD.flaggor(monster, kategorinamn, id -> enhetsnamn.getOrDefault(id, id)),
                trend(flode));
    }

    private Avvikelser avvikelser(Flode flode, YearMonth manad, Function<String, String> kategorinamn) {
        var kategorier = Berakning.rader(flode.perKategori(), kategorinamn, flode.inkomna());
        Map<String, Long> omraden = new TreeMap<>(flode.perKvalitetsomrade());
        Map<String, Long> farger = new TreeMap<>();
        flode.riskfarger().forEach((farg, n) -> farger.put(farg.name(), n));
        long klassificerade = flode.riskfarger().values().stream().mapToLong(Long::longValue).sum();
        farger.put(OKLASSIFICERAD, flode.inkomna() - klassificerade);
        return new Avvikelser(jamforelse(flode, manad), flode.oppna(), kategorier, Berakning.toppTre(kategorier),
                Berakning.rader(omraden, id -> Kvalitetsomrade.valueOf(id).benamning(), flode.inkomna()),
                Berakning.rader(farger, Tolkning::riskfarg, flode.inkomna()),
                Berakning.handlingstid(flode.handlingsdagar(), serviceniva.avvikelse()), flode.forsenadeOppna());
    }

    private LexSarah lexSarah(Flode flode, YearMonth manad) {
        Map<String, Long> nivaer = new TreeMap<>();
        flode.nivaer().forEach((niva, n) -> nivaer.put(niva.name(), n));
        long bedomda = flode.nivaer().values().stream().mapToLong(Long::longValue).sum();
        nivaer.put("EJ_BEDOMD", flode.inkomna() - bedomda);
        return new LexSarah(jamforelse(flode, manad), flode.oppna(),
                Berakning.rader(nivaer, Tolkning::niva, flode.inkomna()), flode.anmaldaTillIvo(),
                Berakning.handlingstid(flode.handlingsdagar(), serviceniva.lexSarah()), flode.forsenadeOppna());
    }

    private Synpunkter synpunkter(Flode flode, YearMonth manad, Omfattning omfattning,
                                  Function<String, String> kategorinamn) {
        var statistik = fraga(new RaknaSynpunkter(omfattning.enheter(), omfattning.hela(), manad, manad),
                SynpunktStatistik.class);
        long medFrist = statistik.svar().stream().mapToLong(SynpunktStatistik.Svarsandel::medSvarsfrist).sum();
        long iTid = statistik.svar().stream().mapToLong(SynpunktStatistik.Svarsandel::besvaradeITid).sum();
        Map<String, Long> kategorier = new TreeMap<>(flode.perKategori());
        long utredda = kategorier.values().stream().mapToLong(Long::longValue).sum();
        kategorier.put(OKLASSIFICERAD, flode.inkomna() - utredda);
        var perKategori = Berakning.rader(kategorier, kategorinamn, flode.inkomna());
        return new Synpunkter(jamforelse(flode, manad), flode.oppna(),
                Berakning.rader(flode.perTyp(), typ -> Synpunktstyp.valueOf(typ).benamning(), flode.inkomna()),
                perKategori, Berakning.toppTre(perKategori.stream()
                        .filter(r -> !r.id().equals(OKLASSIFICERAD)).toList()),
                medFrist, iTid, Berakning.procent(iTid, medFrist),
                Berakning.handlingstid(flode.handlingsdagar(), serviceniva.synpunkt()), flode.forsenadeOppna());
    }

    private Egenkontroller egenkontroller(Set<String> enheter, int ar) {
        var rakningar = fraga(new RaknaEgenkontroller(enheter, ar), EgenkontrollStatistik.class).rakningar();
        long planerade = 0;
        long genomforda = 0;
        long installda = 0;
        Map<String, Long> farger = new TreeMap<>();
        Map<String, Long> perMall = new TreeMap<>();
        Map<String, String> mallnamn = new TreeMap<>();
        for (var r : rakningar) {
            planerade += r.planerade();
            genomforda += r.genomforda();
            installda += r.installda();
            farger.merge(Riskfarg.GRON.name(), r.gron(), Long::sum);
            farger.merge(Riskfarg.GUL.name(), r.gul(), Long::sum);
            farger.merge(Riskfarg.ROD.name(), r.rod(), Long::sum);
            perMall.merge(r.mall(), r.genomforda(), Long::sum);
            mallnamn.put(r.mall(), r.mallnamn());
        }
        long fragor = farger.values().stream().mapToLong(Long::longValue).sum();
        return new Egenkontroller(ar, planerade, genomforda, installda, Berakning.procent(genomforda, planerade),
                Berakning.rader(farger, Tolkning::riskfarg, fragor),
                Berakning.rader(perMall, mallnamn::get, genomforda));
    }

    private Riskanalyser riskanalyser(Set<String> enheter, int ar) {
        var statistik = fraga(new RaknaRiskanalyser(enheter, ar), RiskanalysStatistik.class);
        Map<String, Long> farger = new TreeMap<>();
        statistik.risker().forEach(r -> farger.merge(r.farg().name(), r.antal(), Long::sum));
        long risker = farger.values().stream().mapToLong(Long::longValue).sum();
        return new Riskanalyser(ar, Berakning.rader(farger, Tolkning::riskfarg, risker),
                statistik.analyser().stream().mapToLong(RiskanalysStatistik.Analysrakning::antal).sum(),
                statistik.granskningar().stream().mapToLong(RiskanalysStatistik.Granskningsrakning::antal).sum(),
                fraga(new RaknaRiskmatris(enheter), Riskmatris.class));
    }

    private Atgarder atgarder(Set<String> enheter, int ar) {
        var rakningar = fragaLista(new RaknaAtgarder(enheter, ar), AtgardRakning.class);
        return new Atgarder(ar, rakningar.stream().mapToLong(AtgardRakning::skapade).sum(),
                rakningar.stream().mapToLong(AtgardRakning::genomforda).sum(),
                rakningar.stream().mapToLong(AtgardRakning::forsenade).sum(),
                rakningar.stream().mapToLong(AtgardRakning::medEffekt).sum());
    }

    private static Jamforelse jamforelse(Flode flode, YearMonth manad) {
        var aretFore = manad.minusYears(1);
        return new Jamforelse(flode.inkomna(), flode.inkomna(aretFore, aretFore),
                flode.inkomna(manad.minusMonths(11), manad), flode.inkomna(aretFore.minusMonths(11), aretFore));
    }

    private static List<Trendpunkt> trend(Arendeflode flode) {
        var punkter = new ArrayList<Trendpunkt>();
        var avvikelser = flode.flode(Arendeslag.AVVIKELSE).perManad();
        var lexSarah = flode.flode(Arendeslag.LEX_SARAH).perManad();
        var synpunkter = flode.flode(Arendeslag.SYNPUNKT).perManad();
        for (int i = 0; i < avvikelser.size(); i++) {
            punkter.add(new Trendpunkt(avvikelser.get(i).manad(), avvikelser.get(i).antal(), lexSarah.get(i).antal(),
                    synpunkter.get(i).antal()));
        }
        return punkter;
    }

    private <R> R fraga(Object fraga, Class<R> svar) {
        return queries.query(fraga, ResponseTypes.instanceOf(svar)).join();
    }

    private <R> List<R> fragaLista(Object fraga, Class<R> svar) {
        return queries.query(fraga, ResponseTypes.multipleInstancesOf(svar)).join();
    }

    /** Names for the ids the breakdowns are keyed by. */
    private static final class Tolkning {

        static String riskfarg(String id) {
            return id.equals(OKLASSIFICERAD) ? "Ej klassificerad" : Riskfarg.valueOf(id).benamning();
        }

        static String niva(String id) {
            return id.equals("EJ_BEDOMD") ? "Ännu inte bedömd" : Bedomningsniva.valueOf(id).benamning();
        }
    }
}
