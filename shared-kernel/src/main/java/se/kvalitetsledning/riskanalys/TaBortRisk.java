package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Removes a risk from an analysis not yet fastställd. */
public record TaBortRisk(
        @TargetAggregateIdentifier @NotNull RiskanalysId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull RiskId risk,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
