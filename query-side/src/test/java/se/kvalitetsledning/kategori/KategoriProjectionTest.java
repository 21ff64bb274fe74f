package se.kvalitetsledning.kategori;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitetsledning.test.Referensdatafixtures.ADMIN;
import static se.kvalitetsledning.test.Referensdatafixtures.NU;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class KategoriProjectionTest {

    private static final KategoriRegistrerad FALL = new KategoriRegistrerad(new KategoriId("fall"), "Fall", "HSL",
            "Fall med eller utan skada", Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), ADMIN, NU);
    private static final KategoriRegistrerad BEMOTANDE = new KategoriRegistrerad(new KategoriId("bemotande"),
            "Bemötande", "SoL/LSS", "Kränkande eller oprofessionellt",
            Set.of(Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET), ADMIN, NU);

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new KategoriProjection(new KategoriRepository(mongo.template())));
    }

    @Test
    void listarKatalogenPerGrupp() {
        axon.publish("Kategori", "fall", 0, FALL);
        axon.publish("Kategori", "bemotande", 0, BEMOTANDE);

        assertThat(axon.queryList(new ListaKategorier(), KategoriInfo.class)).containsExactly(
                new KategoriInfo("fall", "Fall", "HSL", "Fall med eller utan skada",
                        Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), true),
                new KategoriInfo("bemotande", "Bemötande", "SoL/LSS", "Kränkande eller oprofessionellt",
                        Set.of(Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET), true));
    }

    @Test
    void enAvveckladKategoriFinnsKvarMenArInteAktiv() {
        axon.publish("Kategori", "fall", 0, FALL);
        axon.publish("Kategori", "fall", 1, new KategoriAvvecklad(new KategoriId("fall"), "Ersatt av fall-hsl",
                ADMIN, NU));

        assertThat(axon.queryList(new ListaKategorier(), KategoriInfo.class))
                .singleElement().satisfies(k -> assertThat(k.aktiv()).isFalse());
    }

    @Test
    void enAvvecklingEfterEnFragaSyns() {
        axon.publish("Kategori", "fall", 0, FALL);
        assertThat(axon.queryList(new ListaKategorier(), KategoriInfo.class))
                .singleElement().satisfies(k -> assertThat(k.aktiv()).isTrue());

        axon.publish("Kategori", "fall", 1, new KategoriAvvecklad(new KategoriId("fall"), "Ersatt", ADMIN, NU));

        assertThat(axon.queryList(new ListaKategorier(), KategoriInfo.class))
                .singleElement().satisfies(k -> assertThat(k.aktiv()).isFalse());
    }

    @Test
    void enRegistreringSomLevererasIgenEfterAvvecklingenGorDenInteAktivIgen() {
        axon.publish("Kategori", "fall", 0, FALL);
        axon.publish("Kategori", "fall", 1, new KategoriAvvecklad(new KategoriId("fall"), "Ersatt", ADMIN, NU));

        axon.publish("Kategori", "fall", 0, FALL);
        axon.publish("Kategori", "fall", 1, new KategoriAvvecklad(new KategoriId("fall"), "Ersatt", ADMIN, NU));

        assertThat(axon.queryList(new ListaKategorier(), KategoriInfo.class))
                .singleElement().satisfies(k -> assertThat(k.aktiv()).isFalse());
    }
}
