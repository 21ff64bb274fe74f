package se.kvalitetsledning.organisation;

import static se.kvalitetsledning.testdata.Referensdatafixtures.ADMIN;
import static se.kvalitetsledning.testdata.Referensdatafixtures.KVALITETSSAMORDNARE;
import static se.kvalitetsledning.testdata.Referensdatafixtures.NU;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.BehorighetSaknas;

class EnhetTest {

    private static final ForvaltningId SOCIALFORVALTNINGEN = new ForvaltningId("socialforvaltningen");
    private static final VerksamhetsomradeId LSS = new VerksamhetsomradeId("lss");
    private static final EnhetId EKEN = new EnhetId("gruppbostad-eken");

    private FixtureConfiguration<Enhet> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Enhet.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void registrerarEnhetIVerksamhetsomradet() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraEnhet(EKEN, "Gruppbostad Eken", LSS, SOCIALFORVALTNINGEN, ADMIN, NU))
                .expectEvents(new EnhetRegistrerad(EKEN, "Gruppbostad Eken", LSS, SOCIALFORVALTNINGEN, ADMIN.anvandare(), NU));
    }

    @Test
    void baraEnAdministratorFarRegistreraEnheter() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraEnhet(EKEN, "Gruppbostad Eken", LSS, SOCIALFORVALTNINGEN, KVALITETSSAMORDNARE, NU))
                .expectException(BehorighetSaknas.class)
                .expectExceptionMessage("Endast en administratör får ändra organisationen")
                .expectNoEvents();
    }

    @Test
    void avvisarEnhetUtanNamnRedanVidValideringen() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraEnhet(EKEN, " ", LSS, SOCIALFORVALTNINGEN, ADMIN, NU))
                .expectException(JSR303ViolationException.class)
                .expectNoEvents();
    }
}
