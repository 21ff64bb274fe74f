package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.PersonligUppgift;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Gives the reporter feedback on what was done. */
public record GeAterkoppling(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @NotBlank @Size(max = 4000) String text,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
