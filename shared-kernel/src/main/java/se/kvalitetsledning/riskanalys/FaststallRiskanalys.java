package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Fastställer the analysis: its scope and risks are frozen; from then on its risks are only reviewed. */
public record FaststallRiskanalys(
        @TargetAggregateIdentifier @NotNull RiskanalysId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
