package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the deadline watch: the synpunkt records a passed deadline once. */
public record PaminnOmSynpunktsfrist(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @NotNull SynpunktFristtyp typ,
        @NotNull Instant tid) {
}
