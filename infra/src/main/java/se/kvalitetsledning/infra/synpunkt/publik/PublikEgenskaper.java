package se.kvalitetsledning.infra.synpunkt.publik;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of the public e-tjänst.
 *
 * @param maxInlamningar posts one client may make per {@code fonster}, by form and API together
 * @param fonster        the sliding window the posts are counted over
 * @param maxKlienter    clients remembered at once; beyond that the least recently seen is forgotten
 * @param maxKropp       the largest request body read; the longest texts allowed, in any script and
 *                       form-encoded, stay below the default
 */
@Validated
@ConfigurationProperties("kvalitetsledning.synpunkter.publik")
record PublikEgenskaper(
        @DefaultValue("10") @Min(1) int maxInlamningar,
        @DefaultValue("10m") Duration fonster,
        @DefaultValue("20000") @Min(1) int maxKlienter,
        @DefaultValue("128KB") DataSize maxKropp) {
}
