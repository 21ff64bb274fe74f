package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Records a supplement sent to IVO after the anmälan. */
public record KompletteraIvoAnmalan(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @NotBlank @Size(max = 8000) String text,
        @NotNull LocalDate skickad,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
