package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Documents the investigation; a later one replaces it on the case and both are kept. */
public record DokumenteraLexSarahUtredning(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @TargetAggregateVersion Long forvantadVersion,
        @Valid @NotNull LexSarahUtredning utredning,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
