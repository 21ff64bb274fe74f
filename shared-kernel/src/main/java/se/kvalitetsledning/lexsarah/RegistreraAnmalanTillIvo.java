package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Records that the anmälan was sent to IVO; the case's facts at this moment become the anmälan. */
public record RegistreraAnmalanTillIvo(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @TargetAggregateVersion Long forvantadVersion,
        @Valid @NotNull Verksamhetsuppgifter verksamhet,
        @NotNull LocalDate skickad,
        @Size(max = 60) String diarienummer,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
