package se.kvalitetsledning.avvikelse;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;

/** Assigns the avvikelse to a handler of its enhet. */
public record TilldelaAvvikelse(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Anvandare handlaggare,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
