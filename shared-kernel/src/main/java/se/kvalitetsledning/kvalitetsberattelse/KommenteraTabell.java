package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Sets the comment beside a table; an empty comment removes it. The numbers themselves are not edited. */
public record KommenteraTabell(
        @TargetAggregateIdentifier @NotNull KvalitetsberattelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotBlank(message = "Ange tabell") String tabell,
        @NotNull(message = "Ange kommentar") @Size(max = 4000, message = "Högst 4000 tecken") String kommentar,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
