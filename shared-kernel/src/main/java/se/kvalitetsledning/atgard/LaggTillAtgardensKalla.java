package se.kvalitetsledning.atgard;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Lets the åtgärd address one more source. */
public record LaggTillAtgardensKalla(
        @TargetAggregateIdentifier @NotNull AtgardId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Kalla kalla,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
