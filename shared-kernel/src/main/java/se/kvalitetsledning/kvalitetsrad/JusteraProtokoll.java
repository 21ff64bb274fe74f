package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Approves the minutes: after this the meeting changes no more. Needs the frozen summary. */
public record JusteraProtokoll(
        @TargetAggregateIdentifier @NotNull KvalitetsradsmoteId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
