package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Replaces the draft's numbers with newly generated ones; the narrative and the comments stay. */
public record GenereraOmKvalitetsberattelse(
        @TargetAggregateIdentifier @NotNull KvalitetsberattelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Innehall innehall,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
