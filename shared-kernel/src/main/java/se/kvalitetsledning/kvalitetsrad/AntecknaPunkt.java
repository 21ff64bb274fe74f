package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * Notes on agenda point {@code nummer}: a number not yet used adds the point, a used one revises it (both kept).
 * The notes may name people, so they are personal data.
 */
public record AntecknaPunkt(
        @TargetAggregateIdentifier @NotNull KvalitetsradsmoteId id,
        @TargetAggregateVersion Long forvantadVersion,
        @Min(1) int nummer,
        @NotBlank @Size(max = 200) String rubrik,
        @PersonligUppgift @Size(max = 8000) String anteckning,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
