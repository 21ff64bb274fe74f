package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Fastställer the draft (ledning only): its numbers, narrative and comments are frozen for good. */
public record FaststallKvalitetsberattelse(
        @TargetAggregateIdentifier @NotNull KvalitetsberattelseId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
