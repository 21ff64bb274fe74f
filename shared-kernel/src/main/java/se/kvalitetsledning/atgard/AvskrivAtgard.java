package se.kvalitetsledning.atgard;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Writes off an open åtgärd, with the reason. */
public record AvskrivAtgard(
        @TargetAggregateIdentifier @NotNull AtgardId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @NotBlank @Size(max = 2000) String skal,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
