package se.kvalitetsledning.atgard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class AtgardProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant MARS = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant MAJ = Instant.parse("2026-05-10T09:00:00Z");
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 30);
    private static final LocalDate MAJ_DAG = LocalDate.of(2026, 5, 10);
    private static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    private static final Anvandare BO = new Anvandare("bo", "Bo Berg");
    private static final Kalla AVVIKELSE = new Kalla(Kalltyp.AVVIKELSE, "a-1");

    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new AtgardProjection(new AtgardRepository(mongo.template())));
    }

    @Test
    void livscykelnHistorikenOchFlyttarnaBevaras() {
        var id = foresla("eken", BO, Set.of(AVVIKELSE), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        publicera(id, new AtgardBeslutad(id, HANNA, MARS));
        publicera(id, new AtgardensForfallodatumFlyttat(id, APRIL, LocalDate.of(2026, 6, 30), "Utbildning flyttad",
                BO, MARS));
        publicera(id, new AtgardGenomford(id, "Klart", BO, MAJ));
        publicera(id, new AtgardensEffektUtvarderad(id, Effektutfall.FICK_EFFEKT, "Inga fler fall", HANNA, MAJ));

        var d = hamta(id);
        assertThat(d.status()).isEqualTo(AtgardStatus.EFFEKT_UTVARDERAD);
        assertThat(d.beslutadAv()).isEqualTo(HANNA);
        assertThat(d.forfallodatum()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(d.flyttningar()).singleElement().satisfies(f -> {
            assertThat(f.fran()).isEqualTo(APRIL);
            assertThat(f.skal()).isEqualTo("Utbildning flyttad");
        });
        assertThat(d.effekt().evidens()).isEqualTo("Inga fler fall");
        assertThat(d.historik()).extracting(AtgardDetaljer.Handelse::rubrik).containsExactly("Föreslagen",
                "Beslutad", "Förfallodatum flyttat", "Genomförd", "Effekten utvärderad");
        assertThat(d.kallor()).containsExactly(AVVIKELSE);
    }

    @Test
    void tavlanFiltrerarPaEnhetAgareOmradeKalltypOchForsenade() {
        var eken = foresla("eken", BO, Set.of(AVVIKELSE), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        var asken = foresla("asken", BO, Set.of(), Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET);
        var hannas = foresla("asken", HANNA, Set.of(), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        var genomford = foresla("eken", HANNA, Set.of(), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        publicera(genomford, new AtgardBeslutad(genomford, HANNA, MARS));
        publicera(genomford, new AtgardGenomford(genomford, null, HANNA, MARS));

        assertThat(lista(new ListaAtgarder(Set.of("eken"), null, null, null, null, null, null, false, MAJ_DAG)))
                .containsExactlyInAnyOrder(eken, genomford);
        assertThat(lista(new ListaAtgarder(Set.of(), "hanna", null, null, null, null, null, false, MAJ_DAG)))
                .containsExactlyInAnyOrder(hannas, genomford);
        assertThat(lista(new ListaAtgarder(Set.of(), "hanna", "asken", null, null, null, null, false, MAJ_DAG)))
                .containsExactly(hannas);
        assertThat(lista(new ListaAtgarder(Set.of("eken", "asken"), null, null, "bo",
                Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET, null, null, false, MAJ_DAG))).containsExactly(asken);
        assertThat(lista(new ListaAtgarder(Set.of("eken", "asken"), null, null, null, null, Kalltyp.AVVIKELSE, null,
                false, MAJ_DAG))).containsExactly(eken);
        assertThat(lista(new ListaAtgarder(Set.of("eken", "asken"), null, null, null, null, null, null, true, MAJ_DAG)))
                .containsExactlyInAnyOrder(eken, asken, hannas);
        assertThat(lista(new ListaAtgarder(Set.of("eken", "asken"), null, null, null, null, null, null, true, APRIL)))
                .isEmpty();
    }

    @Test
    void exportenGerSammaUrvalSomTavlanMenHela() {
        var eken = foresla("eken", BO, Set.of(AVVIKELSE), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        foresla("asken", BO, Set.of(), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        publicera(eken, new AtgardensForfallodatumFlyttat(eken, APRIL, LocalDate.of(2026, 6, 30), "Skäl", BO, MARS));

        var urval = new ListaAtgarder(Set.of("eken"), null, null, null, null, null, null, false, MAJ_DAG);
        assertThat(axon.queryList(new ListaAtgardsdetaljer(urval), AtgardDetaljer.class)).singleElement()
                .satisfies(d -> {
                    assertThat(d.id()).isEqualTo(eken.toString());
                    assertThat(d.beskrivning()).isEqualTo("Beskrivning");
                    assertThat(d.matning()).isEqualTo("Mätning");
                    assertThat(d.flyttningar()).hasSize(1);
                    assertThat(d.kallor()).containsExactly(AVVIKELSE);
                });
    }

    @Test
    void forsenadeUtanPaminnelseTillsPaminnelsenOchEttNyttDatum() {
        var id = foresla("eken", BO, Set.of(), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        assertThat(forsenade(APRIL)).isEmpty();
        assertThat(forsenade(APRIL.plusDays(1))).containsExactly(id);

        publicera(id, new AtgardForsenad(id, APRIL, MAJ));
        assertThat(forsenade(MAJ_DAG)).isEmpty();

        publicera(id, new AtgardensForfallodatumFlyttat(id, APRIL, LocalDate.of(2026, 5, 20), "Skäl", BO, MAJ));
        assertThat(forsenade(LocalDate.of(2026, 5, 21))).containsExactly(id);
        publicera(id, new AtgardAvskriven(id, "Inte längre aktuell", HANNA, MAJ));
        assertThat(forsenade(LocalDate.of(2026, 5, 21))).isEmpty();
    }

    @Test
    void arsrakningenPerEnhet() {
        var a = foresla("eken", BO, Set.of(), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        publicera(a, new AtgardBeslutad(a, HANNA, MARS));
        publicera(a, new AtgardGenomford(a, null, BO, MAJ));
        publicera(a, new AtgardensEffektUtvarderad(a, Effektutfall.DELVIS, "Något bättre", HANNA, MAJ));
        var b = foresla("eken", BO, Set.of(), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);
        publicera(b, new AtgardForsenad(b, APRIL, MAJ));
        foresla("asken", BO, Set.of(), Kvalitetsomrade.TRYGGHET_OCH_SAKERHET);

        var rakning = axon.queryList(new RaknaAtgarder(Set.of("eken", "asken", "lyftet"), 2026), AtgardRakning.class);
        assertThat(rakning).containsExactly(new AtgardRakning("asken", 2026, 1, 0, 0, 0),
                new AtgardRakning("eken", 2026, 2, 1, 1, 1), new AtgardRakning("lyftet", 2026, 0, 0, 0, 0));
        assertThat(axon.queryList(new RaknaAtgarder(Set.of("eken"), 2025), AtgardRakning.class))
                .containsExactly(new AtgardRakning("eken", 2025, 0, 0, 0, 0));
    }

    private AtgardId foresla(String enhet, Anvandare agare, Set<Kalla> kallor, Kvalitetsomrade omrade) {
        var id = AtgardId.nytt();
        publicera(id, new AtgardForeslagen(id, new Atgardsuppgifter("Ny rutin", "Beskrivning", Atgardstyp.FOREBYGGANDE,
                Set.of(omrade), Set.of(new EnhetId(enhet)), agare, APRIL, "Effekt", "Mätning", Prioritet.MEDEL),
                kallor, HANNA, MARS));
        return id;
    }

    private void publicera(AtgardId id, Object handelse) {
        var d = hamta(id);
        axon.publish("Atgard", id, d == null ? 0 : d.version() + 1, handelse);
    }

    private AtgardDetaljer hamta(AtgardId id) {
        return axon.query(new HamtaAtgard(id), AtgardDetaljer.class);
    }

    private List<AtgardId> lista(ListaAtgarder fraga) {
        return axon.queryList(fraga, AtgardRad.class).stream().map(r -> AtgardId.av(r.id())).toList();
    }

    private List<AtgardId> forsenade(LocalDate idag) {
        return axon.queryList(new ListaForsenadeAtgarder(idag), AtgardId.class);
    }
}
