package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * Records a decision; {@code atgard} is the åtgärd it created in the backlog (null when it created none). The same
 * {@code beslut} sent again records nothing.
 */
public record FattaBeslut(
        @TargetAggregateIdentifier @NotNull KvalitetsradsmoteId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull BeslutId beslut,
        @PersonligUppgift @NotBlank @Size(max = 4000) String text,
        AtgardId atgard,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
