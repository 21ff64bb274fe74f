package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Starts a planned check: the kontrollmall's latest published version becomes the one it uses, for good. */
public record PaborjaEgenkontroll(
        @TargetAggregateIdentifier @NotNull EgenkontrollId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
