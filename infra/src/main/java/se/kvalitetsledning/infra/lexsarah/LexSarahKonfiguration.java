package se.kvalitetsledning.infra.lexsarah;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kvalitetsledning.lexsarah.Fristregler;

/** The service levels as the bean the lex Sarah aggregate's command handlers are given. */
@Configuration(proxyBeanMethods = false)
class LexSarahKonfiguration {

    @Bean
    Fristregler fristregler(LexSarahEgenskaper egenskaper) {
        return egenskaper.fristregler();
    }
}
