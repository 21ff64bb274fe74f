package se.kvalitetsledning.infra.kvalitetsberattelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import se.kvalitetsledning.atgard.AtgardRakning;
import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.avvikelse.Kategorirakning;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatistik;
import se.kvalitetsledning.egenkontroll.Trafikljus;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.Indikatorkalla;
import se.kvalitetsledning.indikator.Indikatorvarde;
import se.kvalitetsledning.indikator.Malvarde;
import se.kvalitetsledning.indikator.Riktning;
import se.kvalitetsledning.kvalitetsberattelse.Tabell;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.lexsarah.LexSarahRad;
import se.kvalitetsledning.lexsarah.LexSarahStadium;
import se.kvalitetsledning.lexsarah.Rapportsatt;
import se.kvalitetsledning.riskanalys.Anledning;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik;
import se.kvalitetsledning.synpunkt.SynpunktStatistik;
import se.kvalitetsledning.synpunkt.Synpunktstyp;
import se.kvalitetsledning.synpunkt.Typrakning;

/** Every table of the berättelse from known counters, the previous year beside the year. */
class KvalitetsberattelsetabellerTest {

    private static final String KALLA = "Byggd från testdata.";
    private static final Map<String, String> KATEGORIER = Map.of("sjalvskada", "Självskada och suicidförsök",
            "utforande-insats", "Insats fördröjd eller felaktigt utförd", "bemotande", "Bemötande",
            "hot-vald", "Hot och våld", "overgrepp", "Fysiska, psykiska och sexuella övergrepp");
    private static final Function<String, String> NAMN = id -> KATEGORIER.getOrDefault(id, id);

    /** The seed municipality's LSS avvikelser: 2021 and 2022 per category. */
    private static List<Kategorirakning> lss(int ar) {
        return ar == 2021
                ? List.of(new Kategorirakning("gruppbostad-eken", "bemotande", 10),
                        new Kategorirakning("daglig-verksamhet-lyftet", "bemotande", 4),
                        new Kategorirakning("gruppbostad-eken", "hot-vald", 12),
                        new Kategorirakning("gruppbostad-eken", "overgrepp", 8),
                        new Kategorirakning("gruppbostad-eken", "utforande-insats", 4))
                : List.of(new Kategorirakning("gruppbostad-eken", "sjalvskada", 102),
                        new Kategorirakning("gruppbostad-eken", "utforande-insats", 15),
                        new Kategorirakning("gruppbostad-eken", "bemotande", 15),
                        new Kategorirakning("gruppbostad-eken", "hot-vald", 10),
                        new Kategorirakning("gruppbostad-eken", AvvikelseRakning.OKLASSIFICERAD, 3));
    }

    private static List<List<String>> rader(Tabell tabell) {
        return tabell.rader().stream().map(Tabell.Rad::celler).toList();
    }

    @Test
    void deTreVanligasteAvvikelsernaMedForegaendeArBredvidSomISeedexemplet() {
        List<AvvikelseRakning> omraden2022 = List.of(
                new AvvikelseRakning("gruppbostad-eken", YearMonth.of(2022, 3), "sjalvskada",
                        "TRYGGHET_OCH_SAKERHET", 102),
                new AvvikelseRakning("gruppbostad-eken", YearMonth.of(2022, 3), "bemotande",
                        "SJALVBESTAMMANDE_OCH_INTEGRITET", 15),
                new AvvikelseRakning("gruppbostad-eken", YearMonth.of(2022, 4), "bemotande",
                        AvvikelseRakning.INGET_OMRADE, 3));
        List<Tabell> tabeller = Avvikelsetabeller.tabeller(2022, lss(2022), lss(2021), omraden2022, List.of(), NAMN,
                KALLA);

        assertThat(tabeller).extracting(Tabell::nyckel).containsExactly("avvikelser-kategorier",
                "avvikelser-kvalitetsomraden", "avvikelser-topp-tre");
        Tabell toppTre = tabeller.get(2);
        assertThat(toppTre.titel()).isEqualTo("De tre vanligaste kategorierna 2022");
        assertThat(toppTre.kolumner()).containsExactly("Kategori", "2021", "2022");
        assertThat(rader(toppTre)).containsExactly(
                List.of("Självskada och suicidförsök", "0", "102"),
                List.of("Bemötande", "14", "15"),
                List.of("Insats fördröjd eller felaktigt utförd", "4", "15"),
                List.of("Totalt", "18", "132"));
        assertThat(rader(tabeller.get(0))).containsExactly(
                List.of("Självskada och suicidförsök", "0", "102"),
                List.of("Bemötande", "14", "15"),
                List.of("Insats fördröjd eller felaktigt utförd", "4", "15"),
                List.of("Hot och våld", "12", "10"),
                List.of("Ej klassificerad", "0", "3"),
                List.of("Fysiska, psykiska och sexuella övergrepp", "8", "0"),
                List.of("Totalt", "38", "145"));
        assertThat(rader(tabeller.get(1))).containsExactly(
                List.of("Trygghet och säkerhet", "0", "102"),
                List.of("Självbestämmande och integritet", "0", "15"),
                List.of("Tillgänglighet", "0", "0"),
                List.of("Helhetssyn och samordning", "0", "0"),
                List.of("Kunskapsbaserad verksamhet", "0", "0"),
                List.of("Effektivitet", "0", "0"),
                List.of("Inget angivet", "0", "3"));
        assertThat(tabeller.get(1).byggtFran()).startsWith(KALLA).contains("vart och ett");
    }

    @Test
    void ar2021sTreVanligasteArTrettiofyraIAllt() {
        Tabell toppTre = Avvikelsetabeller.tabeller(2021, lss(2021), List.of(), List.of(), List.of(), NAMN, KALLA)
                .get(2);
        assertThat(rader(toppTre)).containsExactly(
                List.of("Bemötande", "0", "14"),
                List.of("Hot och våld", "0", "12"),
                List.of("Fysiska, psykiska och sexuella övergrepp", "0", "8"),
                List.of("Totalt", "0", "34"));
    }

    @Test
    void lexSarahRapporterNivaerOchAnmalningarTillIvo() {
        List<LexSarahRad> iar = List.of(
                lexSarah(Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE, LocalDate.of(2025, 3, 2)),
                lexSarah(Bedomningsniva.MISSFORHALLANDE, null),
                lexSarah(Bedomningsniva.INGET_MISSFORHALLANDE, null),
                lexSarah(null, null));
        List<LexSarahRad> ifjol = List.of(lexSarah(Bedomningsniva.PATAGLIG_RISK_FOR_ALLVARLIGT_MISSFORHALLANDE,
                LocalDate.of(2024, 5, 1)));

        Tabell tabell = Arendetabeller.lexSarah(2025, iar, ifjol, KALLA);
        assertThat(tabell.kolumner()).containsExactly("", "2024", "2025");
        assertThat(rader(tabell)).containsExactly(
                List.of("Rapporter mottagna", "1", "4"),
                List.of("Bedömd: Inget missförhållande", "0", "1"),
                List.of("Bedömd: Påtaglig risk för missförhållande", "0", "0"),
                List.of("Bedömd: Missförhållande", "0", "1"),
                List.of("Bedömd: Påtaglig risk för allvarligt missförhållande", "1", "0"),
                List.of("Bedömd: Allvarligt missförhållande", "0", "1"),
                List.of("Ännu inte bedömda", "0", "1"),
                List.of("Anmälda till IVO", "1", "1"));
    }

    @Test
    void synpunkterPerTypOchAndelenBesvaradeInomServicenivan() {
        var iar = List.of(new Typrakning("solgarden", Synpunktstyp.KLAGOMAL, 7),
                new Typrakning("okand", Synpunktstyp.KLAGOMAL, 1), new Typrakning("solgarden", Synpunktstyp.BEROM, 4));
        var ifjol = List.of(new Typrakning("solgarden", Synpunktstyp.KLAGOMAL, 5));
        var statIar = new SynpunktStatistik(List.of(), List.of(
                new SynpunktStatistik.Svarsandel("solgarden", YearMonth.of(2025, 2), Synpunktstyp.KLAGOMAL, 6, 5, 1),
                new SynpunktStatistik.Svarsandel("solgarden", YearMonth.of(2025, 9), Synpunktstyp.KLAGOMAL, 2, 1,
                        1)));
        var statIfjol = new SynpunktStatistik(List.of(), List.of());

        List<Tabell> tabeller = Arendetabeller.synpunkter(2025, iar, ifjol, statIar, statIfjol, KALLA);
        assertThat(rader(tabeller.get(0))).containsExactly(
                List.of("Synpunkt", "0", "0"),
                List.of("Klagomål", "5", "8"),
                List.of("Beröm", "0", "4"),
                List.of("Förslag", "0", "0"),
                List.of("Totalt", "5", "12"));
        assertThat(rader(tabeller.get(1))).containsExactly(
                List.of("Med svarsfrist", "0", "8"),
                List.of("Besvarade i tid", "0", "6"),
                List.of("Försenade", "0", "2"),
                List.of("Andel besvarade i tid", "–", "75 %"));
    }

    @Test
    void atgarderSkapadeGenomfordaForsenadeOchMedEffekt() {
        Tabell tabell = Arendetabeller.atgarder(2025,
                List.of(new AtgardRakning("solgarden", 2025, 6, 4, 1, 3), new AtgardRakning("eken", 2025, 2, 1, 0, 1)),
                List.of(new AtgardRakning("solgarden", 2024, 3, 3, 2, 2)), KALLA);
        assertThat(rader(tabell)).containsExactly(
                List.of("Skapade", "3", "8"),
                List.of("Genomförda", "3", "5"),
                List.of("Försenade", "2", "1"),
                List.of("Utvärderade med effekt", "2", "4"));
    }

    @Test
    void egenkontrollerPlaneradeMotGenomfordaOchResultatensFarger() {
        var iar = new EgenkontrollStatistik(List.of(
                new EgenkontrollStatistik.Rakning("eken", 2025, "m1", "Aktgranskning", 4, 3, 1, 20, 5, 2),
                new EgenkontrollStatistik.Rakning("solgarden", 2025, "m2", "Genomförandeplan", 2, 2, 0, 10, 1, 0)));
        var ifjol = new EgenkontrollStatistik(List.of(
                new EgenkontrollStatistik.Rakning("eken", 2024, "m1", "Aktgranskning", 2, 1, 0, 8, 3, 4)));

        List<Tabell> tabeller = Uppfoljningstabeller.egenkontroller(2025, iar, ifjol, KALLA);
        assertThat(tabeller.get(0).kolumner()).containsExactly("Kontrollmall", "Planerade 2024", "Genomförda 2024",
                "Planerade 2025", "Genomförda 2025");
        assertThat(rader(tabeller.get(0))).containsExactly(
                List.of("Aktgranskning", "2", "1", "4", "3"),
                List.of("Genomförandeplan", "0", "0", "2", "2"),
                List.of("Totalt", "2", "1", "6", "5"));
        assertThat(rader(tabeller.get(1))).containsExactly(
                List.of("Grön", "8", "30"),
                List.of("Gul", "3", "6"),
                List.of("Röd", "4", "2"),
                List.of("Totalt", "15", "38"));
    }

    @Test
    void riskanalyserPerAnledningOchRiskernasFarger() {
        var iar = new RiskanalysStatistik(
                List.of(new RiskanalysStatistik.Riskrakning("eken", 2025, Riskfarg.ROD, 2),
                        new RiskanalysStatistik.Riskrakning("eken", 2025, Riskfarg.GRON, 3)),
                List.of(new RiskanalysStatistik.Analysrakning("eken", 2025, Anledning.INFOR_ANDRAD_BEMANNING, 2)),
                List.of(new RiskanalysStatistik.Granskningsrakning("eken", 2025, 4)));
        var ifjol = new RiskanalysStatistik(List.of(),
                List.of(new RiskanalysStatistik.Analysrakning("eken", 2024, Anledning.LOPANDE, 1)), List.of());

        List<Tabell> tabeller = Uppfoljningstabeller.riskanalyser(2025, iar, ifjol, KALLA);
        assertThat(rader(tabeller.get(0))).containsExactly(
                List.of("Löpande", "1", "0"),
                List.of("Inför ändrad bemanning", "0", "2"),
                List.of("Totalt", "1", "2"));
        assertThat(rader(tabeller.get(1))).containsExactly(
                List.of("Risker grön", "0", "3"),
                List.of("Risker gul", "0", "0"),
                List.of("Risker röd", "0", "2"),
                List.of("Risker totalt", "0", "5"),
                List.of("Granskningar av risker", "0", "4"));
    }

    @Test
    void indikatorernasMalGronaManaderOchSenasteVarde() {
        var mal = new Malvarde(new BigDecimal("55"), new BigDecimal("5"), Riktning.LAGRE_AR_BATTRE);
        List<Indikatorvarde> varden = new ArrayList<>();
        varden.add(varde(YearMonth.of(2024, 12), "57", mal));
        varden.add(varde(YearMonth.of(2025, 1), "52", mal));
        varden.add(varde(YearMonth.of(2025, 2), "61.5", mal));
        var indikator = new IndikatorDetaljer("i1", 3, "myndighet-lss", "Ärenden per handläggare", "ärenden",
                Indikatorkalla.MANUELL, YearMonth.of(2024, 1),
                List.of(new IndikatorDetaljer.Malperiod(YearMonth.of(2024, 1), mal)), varden, null);

        Tabell tabell = Uppfoljningstabeller.indikatorer(2025, List.of(indikator), e -> "Myndighet LSS", KALLA);
        assertThat(rader(tabell)).containsExactly(List.of("Ärenden per handläggare", "Myndighet LSS",
                "högst 55 ärenden", "0 av 1", "1 av 2", "61,5 (2025-02, röd)"));
    }

    private static Indikatorvarde varde(YearMonth manad, String varde, Malvarde mal) {
        BigDecimal tal = new BigDecimal(varde);
        return new Indikatorvarde(manad, tal, mal, mal.farg(tal), null, new Anvandare("karin", "Karin"),
                Instant.parse("2025-03-01T08:00:00Z"), List.of());
    }

    private static LexSarahRad lexSarah(Bedomningsniva niva, LocalDate anmalan) {
        return new LexSarahRad("id", "gruppbostad-eken", Instant.parse("2025-02-01T08:00:00Z"),
                LexSarahStadium.MOTTAGEN, Rapportsatt.SKRIFTLIG, null, niva, anmalan, null, false, false,
                List.of(), null);
    }
}
