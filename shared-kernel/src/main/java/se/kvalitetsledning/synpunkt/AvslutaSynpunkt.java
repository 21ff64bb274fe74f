package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * Closes the synpunkt once it is investigated and, where the sender can be answered, answered. With åtgärder still
 * open, {@code atgarderFortsatterSkal} says why they continue on their own.
 */
public record AvslutaSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @TargetAggregateVersion Long forvantadVersion,
        @PersonligUppgift @Size(max = 2000) String atgarderFortsatterSkal,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
