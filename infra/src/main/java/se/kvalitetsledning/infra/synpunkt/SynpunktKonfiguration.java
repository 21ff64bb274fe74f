package se.kvalitetsledning.infra.synpunkt;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kvalitetsledning.synpunkt.Synpunktsregler;

/** The service levels as the bean the synpunkt aggregate's command handlers are given. */
@Configuration(proxyBeanMethods = false)
class SynpunktKonfiguration {

    @Bean
    Synpunktsregler synpunktsregler(SynpunktEgenskaper egenskaper) {
        return new Synpunktsregler(egenskaper.kvittensArbetsdagar(), egenskaper.handlaggareArbetsdagar(),
                egenskaper.svarDagar());
    }
}
