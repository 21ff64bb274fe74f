package se.kvalitetsledning.indikator;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** The goal is no longer followed; its values stay. */
public record AvslutaIndikator(
        @TargetAggregateIdentifier @NotNull IndikatorId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotBlank @Size(max = 1000) String skal,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
