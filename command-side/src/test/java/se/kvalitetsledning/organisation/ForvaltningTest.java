package se.kvalitetsledning.organisation;

import static se.kvalitetsledning.testdata.Referensdatafixtures.ADMIN;
import static se.kvalitetsledning.testdata.Referensdatafixtures.NU;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForvaltningTest {

    private static final ForvaltningId SOCIALFORVALTNINGEN = new ForvaltningId("socialforvaltningen");

    private FixtureConfiguration<Forvaltning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Forvaltning.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void registrerarForvaltning() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraForvaltning(SOCIALFORVALTNINGEN, "Socialförvaltningen", ADMIN, NU))
                .expectEvents(new ForvaltningRegistrerad(SOCIALFORVALTNINGEN, "Socialförvaltningen", ADMIN.anvandare(), NU));
    }

    @Test
    void avvisarForvaltningUtanNamnRedanVidValideringen() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraForvaltning(SOCIALFORVALTNINGEN, "", ADMIN, NU))
                .expectException(JSR303ViolationException.class)
                .expectNoEvents();
    }
}
