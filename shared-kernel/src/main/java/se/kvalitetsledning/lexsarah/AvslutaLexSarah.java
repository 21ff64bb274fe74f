package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * Closes the case once it has what closing requires. With åtgärder still open, {@code atgarderFortsatterSkal} says
 * why they continue on their own.
 */
public record AvslutaLexSarah(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @Size(max = 2000) String atgarderFortsatterSkal,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
