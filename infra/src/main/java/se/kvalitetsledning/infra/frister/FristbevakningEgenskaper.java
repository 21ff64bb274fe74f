package se.kvalitetsledning.infra.frister;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How often passed deadlines are looked for. */
@ConfigurationProperties("kvalitetsledning.fristbevakning")
public record FristbevakningEgenskaper(Duration intervall) {

    public FristbevakningEgenskaper {
        intervall = intervall == null ? Duration.ofMinutes(1) : intervall;
    }
}
