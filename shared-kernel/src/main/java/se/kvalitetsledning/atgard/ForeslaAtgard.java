package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;

/** Proposes an åtgärd, from its sources or on its own. */
public record ForeslaAtgard(
        @TargetAggregateIdentifier @NotNull AtgardId id,
        @Valid @NotNull Atgardsuppgifter uppgifter,
        @NotNull Set<@NotNull Kalla> kallor,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
