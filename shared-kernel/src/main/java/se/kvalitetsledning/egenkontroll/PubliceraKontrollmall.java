package se.kvalitetsledning.egenkontroll;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Publishes the draft as the next version, frozen: checks started from now on use it. */
public record PubliceraKontrollmall(
        @TargetAggregateIdentifier @NotNull KontrollmallId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
