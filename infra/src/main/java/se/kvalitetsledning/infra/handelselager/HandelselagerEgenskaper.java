package se.kvalitetsledning.infra.handelselager;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event store: how long a reserved but invisible number is waited for ({@code luckTimeout}), how many
 * numbers a tracking read asks for at a time ({@code sparbatch}), how many events read the tracking reads keep for
 * each other ({@code lascache}), at most {@code projektionsbatch} events per unit of
 * work of a projection, a snapshot every {@code ogonblicksbildVarje} events of an aggregate, and at most
 * {@code aggregatICache} aggregates kept in memory.
 */
@ConfigurationProperties("kvalitetsledning.handelselager")
public record HandelselagerEgenskaper(Duration luckTimeout, Integer sparbatch, Integer ogonblicksbildVarje,
                                      Integer aggregatICache, Integer projektionsbatch, Integer lascache) {

    public HandelselagerEgenskaper {
        luckTimeout = luckTimeout == null ? Duration.ofMinutes(1) : luckTimeout;
        // 500 and 500: a rebuild of all projections took 52 s on the benchmark history against 66 s with 250 and
        // 100, and 81 s with 2,500 (a live processor's batches are as small as what has arrived anyway)
        sparbatch = sparbatch == null ? 500 : sparbatch;
        ogonblicksbildVarje = ogonblicksbildVarje == null ? 50 : ogonblicksbildVarje;
        aggregatICache = aggregatICache == null ? 10_000 : aggregatICache;
        projektionsbatch = projektionsbatch == null ? 500 : projektionsbatch;
        lascache = lascache == null ? 20_000 : lascache;
    }
}
