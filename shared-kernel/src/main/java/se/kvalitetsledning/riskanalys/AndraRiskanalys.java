package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Changes what the analysis is about, its team or its date, until it is fastställd. */
public record AndraRiskanalys(
        @TargetAggregateIdentifier @NotNull RiskanalysId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull(message = "Ange analysens uppgifter") @Valid Riskanalysuppgifter uppgifter,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
