package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Moves the due date of an open åtgärd, with the reason. */
public record FlyttaAtgardensForfallodatum(
        @TargetAggregateIdentifier @NotNull AtgardId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull LocalDate till,
        @PersonligUppgift @NotBlank @Size(max = 2000) String skal,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
