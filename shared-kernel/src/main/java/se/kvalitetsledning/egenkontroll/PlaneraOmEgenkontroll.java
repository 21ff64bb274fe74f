package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;

/** Moves a check not yet performed to another month or gives it to another responsible person. */
public record PlaneraOmEgenkontroll(
        @TargetAggregateIdentifier @NotNull EgenkontrollId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull(message = "Ange månad") YearMonth manad,
        @NotNull(message = "Ange ansvarig") Anvandare ansvarig,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
