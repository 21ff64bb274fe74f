package se.kvalitetsledning.kategori;

import static se.kvalitetsledning.testdata.Referensdatafixtures.KVALITETSSAMORDNARE;
import static org.hamcrest.Matchers.containsString;
import static se.kvalitetsledning.testdata.Referensdatafixtures.ADMIN;
import static se.kvalitetsledning.testdata.Referensdatafixtures.NU;

import java.util.Set;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.RegelBrott;

class KategoriTest {

    private static final KategoriId BEMOTANDE = new KategoriId("bemotande");
    private static final Set<Kvalitetsomrade> OMRADEN = Set.of(Kvalitetsomrade.SJALVBESTAMMANDE_OCH_INTEGRITET);
    private static final KategoriRegistrerad REGISTRERAD = new KategoriRegistrerad(BEMOTANDE, "Bemötande",
            "SoL/LSS", "Kränkande eller oprofessionellt bemötande", OMRADEN, ADMIN.anvandare(), NU);

    private FixtureConfiguration<Kategori> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Kategori.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    @Nested
    class Registrering {

        @Test
        void registrerarKategoriIKatalogen() {
            fixture.givenNoPriorActivity()
                    .when(new RegistreraKategori(BEMOTANDE, "Bemötande", "SoL/LSS",
                            "Kränkande eller oprofessionellt bemötande", OMRADEN, ADMIN, NU))
                    .expectEvents(REGISTRERAD);
        }

        @Test
        void avvisarAndraAnAdministratorer() {
            fixture.givenNoPriorActivity()
                    .when(new RegistreraKategori(BEMOTANDE, "Bemötande", "SoL/LSS", null, OMRADEN,
                            KVALITETSSAMORDNARE, NU))
                    .expectException(BehorighetSaknas.class)
                    .expectExceptionMessage("Endast en administratör får ändra kategorikatalogen")
                    .expectNoEvents();
        }

        @Test
        void avvisarKategoriUtanNamnRedanVidValideringen() {
            fixture.givenNoPriorActivity()
                    .when(new RegistreraKategori(BEMOTANDE, " ", "SoL/LSS", null, OMRADEN, ADMIN, NU))
                    .expectException(JSR303ViolationException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Avveckling {

        @Test
        void avvecklarKategori() {
            fixture.given(REGISTRERAD)
                    .when(new AvvecklaKategori(BEMOTANDE, "Ersatt av nya kategorier", ADMIN, NU))
                    .expectEvents(new KategoriAvvecklad(BEMOTANDE, "Ersatt av nya kategorier", ADMIN.anvandare(), NU));
        }

        @Test
        void baraEnAdministratorFarAvveckla() {
            fixture.given(REGISTRERAD)
                    .when(new AvvecklaKategori(BEMOTANDE, "Ersatt", KVALITETSSAMORDNARE, NU))
                    .expectException(BehorighetSaknas.class)
                    .expectNoEvents();
        }

        @Test
        void avvisarAttAvvecklaKategoriTvaGanger() {
            fixture.given(REGISTRERAD, new KategoriAvvecklad(BEMOTANDE, "Ersatt", ADMIN.anvandare(), NU))
                    .when(new AvvecklaKategori(BEMOTANDE, "Igen", ADMIN, NU))
                    .expectException(RegelBrott.class)
                    .expectExceptionMessage(containsString("redan avvecklad"))
                    .expectNoEvents();
        }
    }
}
