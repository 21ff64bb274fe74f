package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** Records the answer to the sender: the text, how and when it was sent. */
public record BesvaraSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @NotBlank @Size(max = 8000) String svar,
        @NotBlank @Size(max = 100) String satt,
        @NotNull LocalDate skickat,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
