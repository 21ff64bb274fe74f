package se.kvalitetsledning.kvalitetsberattelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer.Avsnittsvy;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class KvalitetsberattelseProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Omfang LSS = new Omfang(Omfang.Niva.VERKSAMHETSOMRADE, "lss");
    private static final KvalitetsberattelseId ID = KvalitetsberattelseId.forAr(2022, LSS);
    private static final Instant NU = Instant.parse("2023-02-10T09:00:00Z");
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Anvandare LARS = new Anvandare("lars", "Lars Nord");

    private ProjectionHarness axon;
    private long sekvens;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new KvalitetsberattelseProjection(new KvalitetsberattelseRepository(
                mongo.template())));
        sekvens = 0;
    }

    private static Innehall innehall(String sjalvskada) {
        return new Innehall("LSS", List.of(new Innehall.Avsnittsinnehall(Avsnitt.AVVIKELSER, List.of(new Tabell(
                "avvikelser-topp-tre", "De tre vanligaste kategorierna", List.of("Kategori", "2021", "2022"),
                List.of(Tabell.Rad.av("Självskada", "0", sjalvskada)), "Avvikelsestatistiken")))));
    }

    private void publicera(Object handelse) {
        axon.publish("Kvalitetsberattelse", ID, sekvens++, handelse);
    }

    private KvalitetsberattelseDetaljer hamta() {
        return axon.query(new HamtaKvalitetsberattelse(ID), KvalitetsberattelseDetaljer.class);
    }

    @Test
    void omgenereringBytarSiffrornaOchBehallerTextOchKommentar() {
        publicera(new KvalitetsberattelseSkapad(ID, 2022, LSS, innehall("101"), KARIN, NU));
        publicera(new AvsnittstextSkriven(ID, Avsnitt.AVVIKELSER, "En brukare står för ökningen", KARIN, NU));
        publicera(new TabellKommenterad(ID, "avvikelser-topp-tre", "Se avsnittet", KARIN, NU));
        publicera(new KvalitetsberattelseOmgenererad(ID, innehall("102"), KARIN, NU.plusSeconds(60)));

        var d = hamta();
        assertThat(d.version()).isEqualTo(3);
        assertThat(d.genererad()).isEqualTo(NU.plusSeconds(60));
        assertThat(d.omfangsnamn()).isEqualTo("LSS");
        assertThat(d.avsnitt()).extracting(Avsnittsvy::avsnitt).containsExactly(Avsnitt.values());
        var avvikelser = d.avsnitt().get(Avsnitt.AVVIKELSER.ordinal());
        assertThat(avvikelser.rubrik()).isEqualTo("Avvikelser");
        assertThat(avvikelser.text()).isEqualTo("En brukare står för ökningen");
        assertThat(avvikelser.tabeller()).singleElement().satisfies(t -> {
            assertThat(t.tabell().rader().get(0).celler()).containsExactly("Självskada", "0", "102");
            assertThat(t.kommentar()).isEqualTo("Se avsnittet");
        });
        assertThat(d.avsnitt().get(Avsnitt.SAMVERKAN.ordinal()).text()).isEmpty();
    }

    @Test
    void enNyUtgavaBehallerDenFaststalldaSomDenVar() {
        publicera(new KvalitetsberattelseSkapad(ID, 2022, LSS, innehall("101"), KARIN, NU));
        publicera(new AvsnittstextSkriven(ID, Avsnitt.AVVIKELSER, "Första texten", KARIN, NU));
        publicera(new KvalitetsberattelseFaststalld(ID, 1, LARS, NU));
        publicera(new NyUtgavaPaborjad(ID, 2, "Ett avvikelseärende saknades", KARIN, NU));
        publicera(new KvalitetsberattelseOmgenererad(ID, innehall("102"), KARIN, NU));
        publicera(new AvsnittstextSkriven(ID, Avsnitt.AVVIKELSER, "Rättad text", KARIN, NU));

        var d = hamta();
        assertThat(d.utgava()).isEqualTo(2);
        assertThat(d.faststalld()).isFalse();
        assertThat(d.avsnitt().get(Avsnitt.AVVIKELSER.ordinal()).text()).isEqualTo("Rättad text");
        assertThat(d.tidigareUtgavor()).singleElement().satisfies(u -> {
            assertThat(u.utgava()).isEqualTo(1);
            assertThat(u.faststalldAv()).isEqualTo(LARS);
            assertThat(u.ersattesEftersom()).isEqualTo("Ett avvikelseärende saknades");
            var avvikelser = u.avsnitt().get(Avsnitt.AVVIKELSER.ordinal());
            assertThat(avvikelser.text()).isEqualTo("Första texten");
            assertThat(avvikelser.tabeller().get(0).tabell().rader().get(0).celler()).contains("101");
        });
        assertThat(axon.queryList(new ListaKvalitetsberattelser(), KvalitetsberattelseRad.class))
                .singleElement().satisfies(r -> {
                    assertThat(r.utgava()).isEqualTo(2);
                    assertThat(r.omfang()).isEqualTo(LSS);
                });
    }

    @Test
    void enGammalHandelseAndrarIngenting() {
        publicera(new KvalitetsberattelseSkapad(ID, 2022, LSS, innehall("101"), KARIN, NU));
        publicera(new AvsnittstextSkriven(ID, Avsnitt.AVVIKELSER, "Ny", KARIN, NU));
        axon.publish("Kvalitetsberattelse", ID, 1, new AvsnittstextSkriven(ID, Avsnitt.AVVIKELSER, "Gammal",
                KARIN, NU));

        assertThat(hamta().avsnitt().get(Avsnitt.AVVIKELSER.ordinal()).text()).isEqualTo("Ny");
    }
}
