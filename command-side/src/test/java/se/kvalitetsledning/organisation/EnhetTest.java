package se.kvalitetsledning.organisation;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
                .when(new RegistreraEnhet(EKEN, "Gruppbostad Eken", LSS, SOCIALFORVALTNINGEN))
                .expectEvents(new EnhetRegistrerad(EKEN, "Gruppbostad Eken", LSS, SOCIALFORVALTNINGEN));
    }

    @Test
    void avvisarEnhetUtanNamnRedanVidValideringen() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraEnhet(EKEN, " ", LSS, SOCIALFORVALTNINGEN))
                .expectException(JSR303ViolationException.class)
                .expectNoEvents();
    }
}
