package se.kvalitetsledning.infra.handelselager;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event store: how long a reserved but invisible number is waited for ({@code luckTimeout}), and how
 * many events a read fetches at a time ({@code batchStorlek}).
 */
@ConfigurationProperties("kvalitetsledning.handelselager")
public record HandelselagerEgenskaper(Duration luckTimeout, Integer batchStorlek) {

    public HandelselagerEgenskaper {
        luckTimeout = luckTimeout == null ? Duration.ofMinutes(1) : luckTimeout;
        batchStorlek = batchStorlek == null ? 100 : batchStorlek;
    }
}
