package se.kvalitetsledning.infra.handelselager;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event store: how long a reserved but invisible number is waited for ({@code luckTimeout}), how many
 * events a read fetches at a time ({@code batchStorlek}), a snapshot every {@code ogonblicksbildVarje} events of an
 * aggregate, and at most {@code aggregatICache} aggregates kept in memory.
 */
@ConfigurationProperties("kvalitetsledning.handelselager")
public record HandelselagerEgenskaper(Duration luckTimeout, Integer batchStorlek, Integer ogonblicksbildVarje,
                                      Integer aggregatICache) {

    public HandelselagerEgenskaper {
        luckTimeout = luckTimeout == null ? Duration.ofMinutes(1) : luckTimeout;
        batchStorlek = batchStorlek == null ? 100 : batchStorlek;
        ogonblicksbildVarje = ogonblicksbildVarje == null ? 50 : ogonblicksbildVarje;
        aggregatICache = aggregatICache == null ? 10_000 : aggregatICache;
    }
}
