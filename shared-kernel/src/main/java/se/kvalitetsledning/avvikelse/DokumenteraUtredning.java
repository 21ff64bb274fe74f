package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.PersonligUppgift;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Records the investigation: cause areas, underlying causes and the analysis. */
public record DokumenteraUtredning(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotEmpty Set<Orsaksomrade> orsaksomraden,
        @NotNull Set<BakomliggandeOrsak> bakomliggandeOrsaker,
        @PersonligUppgift @NotBlank @Size(max = 8000) String analys,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
