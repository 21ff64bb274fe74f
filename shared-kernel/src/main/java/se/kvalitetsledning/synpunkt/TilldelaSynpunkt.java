package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.organisation.EnhetId;

/** Names a handler of the enhet, setting or correcting the enhet. */
public record TilldelaSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull EnhetId enhet,
        @NotNull Anvandare handlaggare,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
