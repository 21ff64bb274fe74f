package se.kvalitetsledning.infra.tid;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock: commands take their time from it, and users see times in Swedish time. */
@Configuration(proxyBeanMethods = false)
public class TidKonfiguration {

    public static final ZoneId SVENSK_TID = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(SVENSK_TID);
    }
}
