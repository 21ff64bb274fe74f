package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the application once the automatic acknowledgement e-mail went out. */
public record RegistreraAutomatiskKvittens(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @NotNull Instant tid) {
}
