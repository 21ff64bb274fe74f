package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Records the measures decided to remedy the missförhållande and prevent a repeat. */
public record BeslutaLexSarahAtgarder(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @NotBlank @Size(max = 8000) String text,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
