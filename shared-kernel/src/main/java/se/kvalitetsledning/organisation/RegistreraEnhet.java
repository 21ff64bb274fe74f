package se.kvalitetsledning.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegistreraEnhet(
        @TargetAggregateIdentifier @NotNull EnhetId id,
        @NotBlank @Size(max = 200) String namn,
        @NotNull VerksamhetsomradeId verksamhetsomrade,
        @NotNull ForvaltningId forvaltning) {
}
