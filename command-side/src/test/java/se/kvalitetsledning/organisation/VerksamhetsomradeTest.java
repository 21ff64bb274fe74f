package se.kvalitetsledning.organisation;

import static se.kvalitetsledning.testdata.Referensdatafixtures.ADMIN;
import static se.kvalitetsledning.testdata.Referensdatafixtures.NU;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerksamhetsomradeTest {

    private static final ForvaltningId SOCIALFORVALTNINGEN = new ForvaltningId("socialforvaltningen");
    private static final VerksamhetsomradeId LSS = new VerksamhetsomradeId("lss");

    private FixtureConfiguration<Verksamhetsomrade> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Verksamhetsomrade.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void registrerarVerksamhetsomradeUnderForvaltningen() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraVerksamhetsomrade(LSS, "LSS", SOCIALFORVALTNINGEN, ADMIN, NU))
                .expectEvents(new VerksamhetsomradeRegistrerad(LSS, "LSS", SOCIALFORVALTNINGEN, ADMIN.anvandare(), NU));
    }

    @Test
    void avvisarVerksamhetsomradeUtanForvaltningRedanVidValideringen() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraVerksamhetsomrade(LSS, "LSS", null, ADMIN, NU))
                .expectException(JSR303ViolationException.class)
                .expectNoEvents();
    }
}
