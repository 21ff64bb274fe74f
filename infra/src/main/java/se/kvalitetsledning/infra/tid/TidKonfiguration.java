package se.kvalitetsledning.infra.tid;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kvalitetsledning.gemensamt.SvenskTid;

/** The one clock: commands take their time from it, and users see times in Swedish time. */
@Configuration(proxyBeanMethods = false)
public class TidKonfiguration {

    @Bean
    Clock clock() {
        return Clock.system(SvenskTid.ZON);
    }
}
