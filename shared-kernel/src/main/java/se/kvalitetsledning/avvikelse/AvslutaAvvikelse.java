package se.kvalitetsledning.avvikelse;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Closes the avvikelse once it is classified, investigated, answered and fed back. */
public record AvslutaAvvikelse(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
