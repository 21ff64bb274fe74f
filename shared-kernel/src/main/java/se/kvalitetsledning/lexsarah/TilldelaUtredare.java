package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;

/** Gives the investigation to an utredare: a kvalitetssamordnare or a named handler. */
public record TilldelaUtredare(
        @TargetAggregateIdentifier @NotNull LexSarahId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Anvandare utredare,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
