package se.kvalitetsledning.organisation;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;

public record RegistreraForvaltning(
        @TargetAggregateIdentifier @NotNull ForvaltningId id,
        @NotBlank @Size(max = 200) String namn,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
