package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import se.kvalitetsledning.atgard.AtgardRakning;
import se.kvalitetsledning.atgard.RaknaAtgarder;
import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.avvikelse.Kategorirakning;
import se.kvalitetsledning.avvikelse.RaknaAvvikelser;
import se.kvalitetsledning.avvikelse.RaknaAvvikelserPerKategori;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatistik;
import se.kvalitetsledning.egenkontroll.RaknaEgenkontroller;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.ListaIndikatorer;
import se.kvalitetsledning.kategori.KategoriInfo;
import se.kvalitetsledning.kategori.ListaKategorier;
import se.kvalitetsledning.kvalitetsberattelse.Avsnitt;
import se.kvalitetsledning.kvalitetsberattelse.Innehall;
import se.kvalitetsledning.kvalitetsberattelse.Innehall.Avsnittsinnehall;
import se.kvalitetsledning.kvalitetsberattelse.Omfang;
import se.kvalitetsledning.kvalitetsberattelse.Tabell;
import se.kvalitetsledning.lexsarah.LexSarahRad;
import se.kvalitetsledning.lexsarah.ListaLexSarah;
import se.kvalitetsledning.organisation.ListaOrganisation;
import se.kvalitetsledning.organisation.Organisationsnod;
import se.kvalitetsledning.riskanalys.RaknaRiskanalyser;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik;
import se.kvalitetsledning.synpunkt.RaknaSynpunkter;
import se.kvalitetsledning.synpunkt.RaknaSynpunkterPerTyp;
import se.kvalitetsledning.synpunkt.SynpunktStatistik;
import se.kvalitetsledning.synpunkt.Typrakning;

/**
 * Generates the numbers of a kvalitetsberättelse for a year and a scope from the read side's counters, each table
 * with the previous year beside it and a line saying what it was built from and as of when. Sections the record
 * has no numbers for (ledningssystem, processer, samverkan, personalens medverkan, kommande mål) get none.
 */
@Service
public class Kvalitetsberattelsegenerator {

    private static final DateTimeFormatter PER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SvenskTid.ZON);

    private final QueryGateway queryGateway;
    private final Clock clock;

    Kvalitetsberattelsegenerator(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /** The scope's name and enheter; 400 naming {@code omfang.id} when the organisation does not know it. */
    private Omfangsurval urval(Omfang omfang) {
        return Omfangsurval.av(omfang, lista(new ListaOrganisation(), Organisationsnod.class));
    }

    public Innehall generera(int ar, Omfang omfang) {
        return generera(ar, omfang, clock.instant());
    }

    /** {@code per} is the moment the tables say they were built as of: the moment the counters are asked. */
    Innehall generera(int ar, Omfang omfang, Instant per) {
        Omfangsurval urval = urval(omfang);
        List<Avsnittsinnehall> avsnitt = new ArrayList<>();
        avsnitt.add(new Avsnittsinnehall(Avsnitt.RISKANALYSER, Uppfoljningstabeller.riskanalyser(ar,
                riskanalyser(urval, ar), riskanalyser(urval, ar - 1), kalla("riskanalysregistret", urval, ar, per))));
        avsnitt.add(new Avsnittsinnehall(Avsnitt.EGENKONTROLLER, Uppfoljningstabeller.egenkontroller(ar,
                egenkontroller(urval, ar), egenkontroller(urval, ar - 1),
                kalla("egenkontrollernas årshjul och resultat", urval, ar, per))));
        avsnitt.add(new Avsnittsinnehall(Avsnitt.AVVIKELSER, Avvikelsetabeller.tabeller(ar,
                perKategori(urval, ar), perKategori(urval, ar - 1), avvikelser(urval, ar), avvikelser(urval, ar - 1),
                kategorinamn(), kalla("avvikelsestatistiken (månad då avvikelsen inträffade)", urval, ar, per))));
        avsnitt.add(new Avsnittsinnehall(Avsnitt.LEX_SARAH, List.of(Arendetabeller.lexSarah(ar,
                lexSarah(urval, ar), lexSarah(urval, ar - 1),
                kalla("lex Sarah-registret (år då rapporten togs emot)", urval, ar, per)))));
        avsnitt.add(new Avsnittsinnehall(Avsnitt.SYNPUNKTER, Arendetabeller.synpunkter(ar,
                perTyp(urval, ar), perTyp(urval, ar - 1), synpunkter(urval, ar), synpunkter(urval, ar - 1),
                kalla("synpunktsstatistiken (månad då synpunkten togs emot)", urval, ar, per))));
        avsnitt.add(new Avsnittsinnehall(Avsnitt.ATGARDER, List.of(Arendetabeller.atgarder(ar,
                atgarder(urval, ar), atgarder(urval, ar - 1), kalla("åtgärdsstatistiken", urval, ar, per)))));
        List<IndikatorDetaljer> indikatorer = lista(new ListaIndikatorer(urval.enheter()), IndikatorDetaljer.class);
        List<Tabell> mal = indikatorer.isEmpty() ? List.of() : List.of(Uppfoljningstabeller.indikatorer(ar,
                indikatorer, urval::enhetsnamn, kalla("enheternas indikatorer", urval, ar, per)));
        avsnitt.add(new Avsnittsinnehall(Avsnitt.MAL_OCH_RESULTAT, mal));
        return new Innehall(urval.namn(), avsnitt);
    }

    private static String kalla(String vad, Omfangsurval urval, int ar, Instant per) {
        return "Byggd från %s för %s (%d enheter), %d och %d, per %s.".formatted(vad, urval.namn(),
                urval.enheter().size(), ar - 1, ar, PER.format(per));
    }

    private List<Kategorirakning> perKategori(Omfangsurval urval, int ar) {
        return lista(new RaknaAvvikelserPerKategori(urval.enheter(), YearMonth.of(ar, 1), YearMonth.of(ar, 12)),
                Kategorirakning.class);
    }

    private List<AvvikelseRakning> avvikelser(Omfangsurval urval, int ar) {
        return lista(new RaknaAvvikelser(urval.enheter(), YearMonth.of(ar, 1), YearMonth.of(ar, 12)),
                AvvikelseRakning.class);
    }

    private List<LexSarahRad> lexSarah(Omfangsurval urval, int ar) {
        return lista(new ListaLexSarah(urval.enheter(), null, false, ar), LexSarahRad.class);
    }

    private List<Typrakning> perTyp(Omfangsurval urval, int ar) {
        return lista(new RaknaSynpunkterPerTyp(urval.enheter(), urval.forvaltning(), YearMonth.of(ar, 1),
                YearMonth.of(ar, 12)), Typrakning.class);
    }

    private SynpunktStatistik synpunkter(Omfangsurval urval, int ar) {
        return en(new RaknaSynpunkter(urval.enheter(), urval.forvaltning(), YearMonth.of(ar, 1),
                YearMonth.of(ar, 12)), SynpunktStatistik.class);
    }

    private List<AtgardRakning> atgarder(Omfangsurval urval, int ar) {
        return lista(new RaknaAtgarder(urval.enheter(), ar), AtgardRakning.class);
    }

    private EgenkontrollStatistik egenkontroller(Omfangsurval urval, int ar) {
        return en(new RaknaEgenkontroller(urval.enheter(), ar), EgenkontrollStatistik.class);
    }

    private RiskanalysStatistik riskanalyser(Omfangsurval urval, int ar) {
        return en(new RaknaRiskanalyser(urval.enheter(), ar), RiskanalysStatistik.class);
    }

    private Function<String, String> kategorinamn() {
        Map<String, String> namn = lista(new ListaKategorier(), KategoriInfo.class).stream()
                .collect(Collectors.toMap(KategoriInfo::id, KategoriInfo::namn, (a, b) -> a));
        return id -> namn.getOrDefault(id, id);
    }

    private <R> List<R> lista(Object fraga, Class<R> typ) {
        return queryGateway.query(fraga, ResponseTypes.multipleInstancesOf(typ)).join();
    }

    private <R> R en(Object fraga, Class<R> typ) {
        return queryGateway.query(fraga, typ).join();
    }
}
