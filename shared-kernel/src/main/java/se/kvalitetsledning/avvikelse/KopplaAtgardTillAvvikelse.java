package se.kvalitetsledning.avvikelse;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.atgard.AtgardId;

/** Links an åtgärd to the avvikelse it addresses; linking the same åtgärd again changes nothing. */
public record KopplaAtgardTillAvvikelse(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @NotNull AtgardId atgard,
        @NotNull String titel,
        @NotNull Instant tid) {
}
