package se.kvalitetsledning.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.klassificerad;
import static se.kvalitetsledning.avvikelse.AvvikelseFixtures.registrering;
import static se.kvalitetsledning.avvikelse.AvvikelseRakning.INGET_OMRADE;
import static se.kvalitetsledning.avvikelse.AvvikelseRakning.OKLASSIFICERAD;
import static se.kvalitetsledning.gemensamt.Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING;
import static se.kvalitetsledning.gemensamt.Kvalitetsomrade.TRYGGHET_OCH_SAKERHET;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.projektion.Stamplar;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class AvvikelseStatistikProjectionTest {

    private static final YearMonth MARS = YearMonth.of(2025, 3);

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private AvvikelseRakningRepository rakningar;
    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        rakningar = new AvvikelseRakningRepository(mongo.template());
        axon = new ProjectionHarness(new AvvikelseStatistikProjection(rakningar));
    }

    @Test
    void enOklassificeradAvvikelseRaknasUnderDenForeslagnaKategorinOchInget() {
        var medForslag = AvvikelseId.nytt();
        var utanForslag = AvvikelseId.nytt();
        axon.publish("Avvikelse", medForslag, 0, registrering(medForslag).foreslagenKategori("fall").event());
        axon.publish("Avvikelse", utanForslag, 0, registrering(utanForslag).event());

        assertThat(allaRakningar()).containsExactly(
                new AvvikelseRakning("eken", MARS, "fall", INGET_OMRADE, 1),
                new AvvikelseRakning("eken", MARS, OKLASSIFICERAD, INGET_OMRADE, 1));
    }

    @Test
    void klassificeringFlyttarAvvikelsenTillKategorinOchVarjeKvalitetsomrade() {
        var id = AvvikelseId.nytt();
        axon.publish("Avvikelse", id, 0, registrering(id).foreslagenKategori("fall").event());
        axon.publish("Avvikelse", id, 1,
                klassificerad(id, "lakemedel", 2, 2, TRYGGHET_OCH_SAKERHET, HELHETSSYN_OCH_SAMORDNING));

        assertThat(allaRakningar()).containsExactly(
                new AvvikelseRakning("eken", MARS, "lakemedel", HELHETSSYN_OCH_SAMORDNING.name(), 1),
                new AvvikelseRakning("eken", MARS, "lakemedel", TRYGGHET_OCH_SAKERHET.name(), 1));
    }

    @Test
    void perKategoriRaknasEnAvvikelseMedFleraKvalitetsomradenEnGang() {
        var id = AvvikelseId.nytt();
        var annan = AvvikelseId.nytt();
        axon.publish("Avvikelse", id, 0, registrering(id).event());
        axon.publish("Avvikelse", id, 1,
                klassificerad(id, "lakemedel", 2, 2, TRYGGHET_OCH_SAKERHET, HELHETSSYN_OCH_SAMORDNING));
        axon.publish("Avvikelse", annan, 0, registrering(annan).event());

        assertThat(axon.queryList(new RaknaAvvikelserPerKategori(Set.of("eken"), MARS, MARS), Kategorirakning.class))
                .containsExactly(new Kategorirakning("eken", "lakemedel", 1),
                        new Kategorirakning("eken", OKLASSIFICERAD, 1));
    }

    @Test
    void omklassificeringFlyttarRakningen() {
        var id = AvvikelseId.nytt();
        axon.publish("Avvikelse", id, 0, registrering(id).event());
        axon.publish("Avvikelse", id, 1,
                klassificerad(id, "lakemedel", 2, 2, TRYGGHET_OCH_SAKERHET, HELHETSSYN_OCH_SAMORDNING));
        axon.publish("Avvikelse", id, 2, klassificerad(id, "fall", 2, 2, TRYGGHET_OCH_SAKERHET));

        assertThat(allaRakningar()).containsExactly(
                new AvvikelseRakning("eken", MARS, "fall", TRYGGHET_OCH_SAKERHET.name(), 1));
    }

    @Test
    void enManadSomEnRapportRaknatRaknasOmNarEnBatchAndrarDen() {
        var id = AvvikelseId.nytt();
        var annan = AvvikelseId.nytt();
        axon.publish("Avvikelse", id, 0, registrering(id).event());
        assertThat(new Stamplar(mongo.template(), "avvikelse-rakning-stamplar").las(List.of("2025-03")))
                .as("the month is marked, so reports keep it").containsKey("2025-03");
        assertThat(allaRakningar()).containsExactly(new AvvikelseRakning("eken", MARS, OKLASSIFICERAD,
                INGET_OMRADE, 1));

        axon.publishBatch(List.of(
                new GenericDomainEventMessage<>("Avvikelse", id.toString(), 1,
                        klassificerad(id, "lakemedel", 2, 2, TRYGGHET_OCH_SAKERHET)),
                new GenericDomainEventMessage<>("Avvikelse", annan.toString(), 0, registrering(annan).event())));

        assertThat(allaRakningar()).containsExactly(
                new AvvikelseRakning("eken", MARS, "lakemedel", TRYGGHET_OCH_SAKERHET.name(), 1),
                new AvvikelseRakning("eken", MARS, OKLASSIFICERAD, INGET_OMRADE, 1));
        assertThat(axon.queryList(new RaknaAvvikelserPerKategori(Set.of("eken"), MARS, MARS), Kategorirakning.class))
                .containsExactly(new Kategorirakning("eken", "lakemedel", 1),
                        new Kategorirakning("eken", OKLASSIFICERAD, 1));
    }

    @Test
    void avvikelserMedSammaNyckelRaknasIhop() {
        var forsta = AvvikelseId.nytt();
        var andra = AvvikelseId.nytt();
        axon.publish("Avvikelse", forsta, 0, registrering(forsta).event());
        axon.publish("Avvikelse", andra, 0, registrering(andra).intraffade("2025-03-20T10:00:00Z").event());

        assertThat(allaRakningar()).containsExactly(new AvvikelseRakning("eken", MARS, OKLASSIFICERAD,
                INGET_OMRADE, 2));
    }

    @Test
    void enHandelseSomLevererasIgenRaknasBaraEnGang() {
        var id = AvvikelseId.nytt();
        var registrerad = registrering(id).event();
        var forsta = klassificerad(id, "lakemedel", 2, 2, TRYGGHET_OCH_SAKERHET);
        var andra = klassificerad(id, "fall", 2, 2, HELHETSSYN_OCH_SAMORDNING);
        axon.publish("Avvikelse", id, 0, registrerad);
        axon.publish("Avvikelse", id, 0, registrerad);
        axon.publish("Avvikelse", id, 1, forsta);
        axon.publish("Avvikelse", id, 1, forsta);
        axon.publish("Avvikelse", id, 2, andra);
        var fore = allaRakningar();

        axon.publish("Avvikelse", id, 0, registrerad);
        axon.publish("Avvikelse", id, 1, forsta);
        axon.publish("Avvikelse", id, 2, andra);

        assertThat(allaRakningar()).isEqualTo(fore).containsExactly(
                new AvvikelseRakning("eken", MARS, "fall", HELHETSSYN_OCH_SAMORDNING.name(), 1));
    }

    @Test
    void enHandelseSomAvbrotsEfterRakningenGorsOmUtanAttRaknaDubbelt() {
        var id = AvvikelseId.nytt();
        var nyckel = new Rakningsnyckel("eken", "2025-03", OKLASSIFICERAD, INGET_OMRADE);
        rakningar.raknaIn(id.toString(), List.of(nyckel));

        axon.publish("Avvikelse", id, 0, registrering(id).event());

        assertThat(allaRakningar()).containsExactly(new AvvikelseRakning("eken", MARS, OKLASSIFICERAD,
                INGET_OMRADE, 1));
    }

    @Test
    void manadenArDenSvenska() {
        var sentIJanuari = AvvikelseId.nytt();
        var efterMidnattSvenskTid = AvvikelseId.nytt();
        axon.publish("Avvikelse", sentIJanuari, 0,
                registrering(sentIJanuari).intraffade("2025-01-31T22:30:00Z").event());
        axon.publish("Avvikelse", efterMidnattSvenskTid, 0,
                registrering(efterMidnattSvenskTid).intraffade("2025-01-31T23:30:00Z").event());

        assertThat(allaRakningar()).extracting(AvvikelseRakning::manad)
                .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2));
    }

    @Test
    void filtrerarPaEnheterOchManaderMedBadaGransernaInraknade() {
        registrera("eken", "2025-01-15T10:00:00Z");
        registrera("eken", "2025-02-15T10:00:00Z");
        registrera("eken", "2025-03-15T10:00:00Z");
        registrera("bjorken", "2025-02-15T10:00:00Z");

        var ekenFebMars = rakna(Set.of("eken"), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        var alltFranFeb = rakna(null, YearMonth.of(2025, 2), null);
        var alltTillFeb = rakna(null, null, YearMonth.of(2025, 2));

        assertThat(ekenFebMars).extracting(AvvikelseRakning::enhet, AvvikelseRakning::manad).containsExactly(
                tuple("eken", YearMonth.of(2025, 2)),
                tuple("eken", MARS));
        assertThat(alltFranFeb).hasSize(3);
        assertThat(alltTillFeb).extracting(AvvikelseRakning::enhet).containsExactly("bjorken", "eken", "eken");
        assertThat(rakna(Set.of(), null, null)).isEmpty();
    }

    private void registrera(String enhet, String intraffade) {
        var id = AvvikelseId.nytt();
        axon.publish("Avvikelse", id, 0, registrering(id).enhet(enhet).intraffade(intraffade).event());
    }

    private List<AvvikelseRakning> allaRakningar() {
        return rakna(null, null, null);
    }

    private List<AvvikelseRakning> rakna(Set<String> enheter, YearMonth fran, YearMonth till) {
        return axon.queryList(new RaknaAvvikelser(enheter, fran, till), AvvikelseRakning.class);
    }
}
