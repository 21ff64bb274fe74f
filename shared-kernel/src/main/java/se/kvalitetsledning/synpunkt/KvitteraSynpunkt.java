package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Records that the sender was acknowledged, and how (by phone, letter…). */
public record KvitteraSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotBlank @Size(max = 100) String satt,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
