package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/**
 * Freezes what the council reviews: the monthly summary as a JSON document ({@code underlag}), built at
 * {@code byggd} from the events up to and including the global position {@code handelseposition}. Once only.
 */
public record FrysMotesunderlag(
        @TargetAggregateIdentifier @NotNull KvalitetsradsmoteId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotBlank String underlag,
        @NotNull Instant byggd,
        @PositiveOrZero long handelseposition,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
