package se.kvalitetsledning.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.test.Referensdatafixtures.ADMIN;
import static se.kvalitetsledning.test.Referensdatafixtures.NU;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.organisation.Organisationsnod.Niva;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class OrganisationProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new OrganisationProjection(new OrganisationsnodRepository(mongo.template())));
    }

    @Test
    void listarTradetForvaltningForstOchEnheterSist() {
        registreraSocialforvaltningen();

        assertThat(axon.queryList(new ListaOrganisation(), Organisationsnod.class)).containsExactly(
                new Organisationsnod("soc", Niva.FORVALTNING, "Socialförvaltningen", null),
                new Organisationsnod("lss", Niva.VERKSAMHETSOMRADE, "LSS", "soc"),
                new Organisationsnod("eken", Niva.ENHET, "Gruppbostad Eken", "lss"),
                new Organisationsnod("myndighet-lss", Niva.ENHET, "Myndighet LSS", "lss"));
    }

    @Test
    void sammaIdPaOlikaNivaerArOlikaNoder() {
        axon.publish("Forvaltning", "lss", 0,
                new ForvaltningRegistrerad(new ForvaltningId("lss"), "LSS-förvaltningen", ADMIN, NU));
        axon.publish("Verksamhetsomrade", "lss", 0,
                new VerksamhetsomradeRegistrerad(new VerksamhetsomradeId("lss"), "LSS", new ForvaltningId("lss"), ADMIN, NU));

        assertThat(axon.queryList(new ListaOrganisation(), Organisationsnod.class)).hasSize(2);
    }

    @Test
    void enHandelseSomLevererasTvaGangerAndrarIngenting() {
        registreraSocialforvaltningen();
        var fore = axon.queryList(new ListaOrganisation(), Organisationsnod.class);

        registreraSocialforvaltningen();

        assertThat(axon.queryList(new ListaOrganisation(), Organisationsnod.class)).isEqualTo(fore);
    }

    @Test
    void enNodSomTillkommerEfterEnFragaSyns() {
        registreraSocialforvaltningen();
        assertThat(axon.queryList(new ListaOrganisation(), Organisationsnod.class)).hasSize(4);

        axon.publish("Enhet", "bjorken", 0, new EnhetRegistrerad(new EnhetId("bjorken"), "Gruppbostad Björken",
                new VerksamhetsomradeId("lss"), new ForvaltningId("soc"), ADMIN, NU));

        assertThat(axon.queryList(new ListaOrganisation(), Organisationsnod.class))
                .extracting(Organisationsnod::id).contains("bjorken").hasSize(5);
    }

    private void registreraSocialforvaltningen() {
        var soc = new ForvaltningId("soc");
        var lss = new VerksamhetsomradeId("lss");
        axon.publish("Forvaltning", soc, 0, new ForvaltningRegistrerad(soc, "Socialförvaltningen", ADMIN, NU));
        axon.publish("Verksamhetsomrade", lss, 0, new VerksamhetsomradeRegistrerad(lss, "LSS", soc, ADMIN, NU));
        axon.publish("Enhet", "myndighet-lss", 0,
                new EnhetRegistrerad(new EnhetId("myndighet-lss"), "Myndighet LSS", lss, soc, ADMIN, NU));
        axon.publish("Enhet", "eken", 0, new EnhetRegistrerad(new EnhetId("eken"), "Gruppbostad Eken", lss, soc, ADMIN, NU));
    }
}
