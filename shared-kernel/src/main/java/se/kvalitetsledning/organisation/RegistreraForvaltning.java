package se.kvalitetsledning.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegistreraForvaltning(
        @TargetAggregateIdentifier @NotNull ForvaltningId id,
        @NotBlank @Size(max = 200) String namn) {
}
