package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Changes a risk, whole, until the analysis is fastställd. */
public record AndraRisk(
        @TargetAggregateIdentifier @NotNull RiskanalysId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull RiskId risk,
        @NotNull(message = "Ange riskens uppgifter") @Valid Riskuppgifter uppgifter,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
