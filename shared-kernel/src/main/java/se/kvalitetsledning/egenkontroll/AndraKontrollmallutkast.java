package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/**
 * Replaces the draft's whole content (questions in order, conditions, thresholds). After a publication the change
 * goes to a new draft, the next version; a published version never changes.
 */
public record AndraKontrollmallutkast(
        @TargetAggregateIdentifier @NotNull KontrollmallId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull(message = "Ange utkastets innehåll") @Valid Mallinnehall utkast,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
