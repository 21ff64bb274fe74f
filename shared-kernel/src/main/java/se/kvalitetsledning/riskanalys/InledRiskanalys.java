package se.kvalitetsledning.riskanalys;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;

/** Starts a riskanalys: why, its scope, its team and its date. */
public record InledRiskanalys(
        @TargetAggregateIdentifier @NotNull RiskanalysId id,
        @NotNull(message = "Ange analysens uppgifter") @Valid Riskanalysuppgifter uppgifter,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
