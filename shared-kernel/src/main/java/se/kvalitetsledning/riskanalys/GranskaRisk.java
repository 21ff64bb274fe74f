package se.kvalitetsledning.riskanalys;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * Reviews a risk of a fastställd analysis: how it stands now, and either when it is next reviewed or that it is
 * handled ({@code hanterad}: no longer followed).
 */
public record GranskaRisk(
        @TargetAggregateIdentifier @NotNull RiskanalysId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull RiskId risk,
        @NotNull(message = "Ange konsekvens och sannolikhet") @Valid Riskbedomning bedomning,
        @PersonligUppgift @Size(max = 2000, message = "Högst 2000 tecken") String kommentar,
        LocalDate nastaGranskning,
        boolean hanterad,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
