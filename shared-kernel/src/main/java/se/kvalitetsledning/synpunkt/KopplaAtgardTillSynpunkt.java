package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.atgard.AtgardId;

/** Links an åtgärd to the synpunkt it addresses; linking the same åtgärd again changes nothing. */
public record KopplaAtgardTillSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @NotNull AtgardId atgard,
        @NotNull String titel,
        @NotNull Instant tid) {
}
