package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the deadline watch when a deadline has passed: the case records it once, however often or from however
 * many nodes it is sent.
 */
public record PaminnOmFrist(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @NotNull Fristtyp typ,
        @NotNull Instant tid) {
}
