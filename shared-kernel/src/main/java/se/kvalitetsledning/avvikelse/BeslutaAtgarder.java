package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.PersonligUppgift;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Records the measures decided, as free text until the improvement backlog links them. */
public record BeslutaAtgarder(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @NotBlank @Size(max = 4000) String beskrivning,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
