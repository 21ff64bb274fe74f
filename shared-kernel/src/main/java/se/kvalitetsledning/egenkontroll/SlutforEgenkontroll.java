package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Completes a check whose every required, applicable question has an answer for every item; records its result. */
public record SlutforEgenkontroll(
        @TargetAggregateIdentifier @NotNull EgenkontrollId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
