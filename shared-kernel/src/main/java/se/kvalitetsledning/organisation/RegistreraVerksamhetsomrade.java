package se.kvalitetsledning.organisation;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;

public record RegistreraVerksamhetsomrade(
        @TargetAggregateIdentifier @NotNull VerksamhetsomradeId id,
        @NotBlank @Size(max = 200) String namn,
        @NotNull ForvaltningId forvaltning,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
