package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.atgard.AtgardId;

/** Links an åtgärd to the lex Sarah case it addresses; linking the same åtgärd again changes nothing. */
public record KopplaAtgardTillLexSarah(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @NotNull AtgardId atgard,
        @NotNull String titel,
        @NotNull Instant tid) {
}
