package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Cancels a check that is not performed, with the reason. */
public record StallInEgenkontroll(
        @TargetAggregateIdentifier @NotNull EgenkontrollId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @NotBlank(message = "Ange skälet") @Size(max = 2000, message = "Högst 2000 tecken")
        String skal,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
