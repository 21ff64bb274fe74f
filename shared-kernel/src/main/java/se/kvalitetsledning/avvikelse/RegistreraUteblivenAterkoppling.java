package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.PersonligUppgift;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Records why no feedback can be given, e.g. the reporter is unknown. */
public record RegistreraUteblivenAterkoppling(
        @TargetAggregateIdentifier @NotNull AvvikelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @NotBlank @Size(max = 2000) String skal,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
