package se.kvalitetsledning.indikator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.gemensamt.Aktor;

/** Enters a month's value of an indikator counted by hand; entering a month again corrects it. */
public record RegistreraIndikatorvarde(
        @TargetAggregateIdentifier @NotNull IndikatorId id,
        @TargetAggregateVersion Long forvantadVersion,
        @NotNull YearMonth manad,
        @NotNull @PositiveOrZero BigDecimal varde,
        @Size(max = 1000) String kommentar,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
