package se.kvalitetsledning.atgard;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the deadline watch when an åtgärd's due date has passed: the åtgärd records it once per due date, however
 * often it is sent.
 */
public record PaminnOmForsenadAtgard(
        @TargetAggregateIdentifier @NotNull AtgardId id,
        @NotNull Instant tid) {
}
